using System.Text.RegularExpressions;

namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>
/// Reads leading sub-unit and level words from a segment: `Unit 3`, `U3`, `Flat B`, `Level 4`, `L4`, `4th Floor`,
/// `Ground Floor`, and the slash form `3/12` that also carries the street number.
/// </summary>
internal static partial class UnitAndLevelReader
{
    /// <returns>The prefixes found and the tokens after them; a slash form leaves its street number in place of its token.</returns>
    public static (UnitAndLevel Found, List<string> Remaining) Read(IReadOnlyList<string> tokens, UnitAndLevel found)
    {
        var rest = tokens.ToList();
        while (rest.Count > 0)
        {
            var next = rest.Count > 1 ? rest[1] : null;
            if (TrySlash(rest[0], null, out var unitId, out var number, out var slashType))
            {
                found = found with { SubUnitType = slashType ?? found.SubUnitType ?? SubUnitType.Unit, SubUnitNumber = unitId };
                rest[0] = number;
                break;
            }

            if (SubUnitWords.TryAny(rest[0], out var type) && next is not null)
            {
                if (TrySlash(next, type, out unitId, out number, out _))
                {
                    found = found with { SubUnitType = type, SubUnitNumber = unitId };
                    rest.RemoveAt(0);
                    rest[0] = number;
                    break;
                }

                if (IsUnitId(next, allowLetter: SubUnitWords.TryFullWord(rest[0], out _)))
                {
                    found = found with { SubUnitType = type, SubUnitNumber = next };
                    rest.RemoveRange(0, 2);
                    continue;
                }
            }

            var glued = GluedUnit().Match(rest[0]);
            if (glued.Success && SubUnitWords.TryAny(glued.Groups["word"].Value, out type))
            {
                found = found with { SubUnitType = type, SubUnitNumber = glued.Groups["id"].Value };
                rest.RemoveAt(0);
                continue;
            }

            var level = ReadLevel(rest);
            if (level is null)
            {
                break;
            }

            found = found with { LevelType = level.Value.Type, LevelNumber = level.Value.Number };
            rest.RemoveRange(0, level.Value.Taken);
        }

        return (found, rest);
    }

    private static (LevelType Type, string? Number, int Taken)? ReadLevel(List<string> rest)
    {
        var first = rest[0];
        var next = rest.Count > 1 ? rest[1] : null;
        var afterNext = rest.Count > 2 ? rest[2] : null;
        switch (first)
        {
            case "LEVEL" or "LVL" or "L" when next is not null && IsUnitId(next, allowLetter: false):
                return (LevelType.Level, next, 2);
            case "FLOOR" or "FL" when next is not null && IsUnitId(next, allowLetter: false):
                return (LevelType.Floor, next, 2);
            case "GROUND" or "G" when next is "FLOOR" or "FL":
                return (LevelType.Ground, null, 2);
            case "GROUND" or "GF" when next is null || first == "GF":
                return (LevelType.Ground, null, 1);
            case "LOWER" when next is "GROUND":
                return (LevelType.LowerGround, null, afterNext is "FLOOR" ? 3 : 2);
            case "LG":
                return (LevelType.LowerGround, null, 1);
            case "BASEMENT" when next is not null && IsUnitId(next, allowLetter: false):
                return (LevelType.Basement, next, 2);
            case "BASEMENT":
                return (LevelType.Basement, null, 1);
            case "MEZZANINE" or "MEZZ":
                return (LevelType.Mezzanine, null, 1);
        }

        var ordinal = OrdinalFloor().Match(first);
        if (ordinal.Success && next is "FLOOR" or "FL" or "LEVEL")
        {
            return (LevelType.Floor, ordinal.Groups["n"].Value, 2);
        }

        var glued = GluedLevel().Match(first);
        if (glued.Success)
        {
            var type = glued.Groups["word"].Value switch
            {
                "B" => LevelType.Basement,
                "FL" => LevelType.Floor,
                _ => LevelType.Level,
            };
            return (type, glued.Groups["n"].Value, 1);
        }

        return null;
    }

    private static bool TrySlash(string token, SubUnitType? keyword, out string unitId, out string number, out SubUnitType? type)
    {
        unitId = number = string.Empty;
        type = null;
        var match = SlashForm().Match(token);
        if (!match.Success)
        {
            return false;
        }

        var word = match.Groups["word"].Value;
        if (word.Length > 0)
        {
            if (!SubUnitWords.TryAny(word, out var wordType))
            {
                return false;
            }

            type = wordType;
        }

        type ??= keyword;
        unitId = match.Groups["unit"].Value;
        number = match.Groups["number"].Value;
        return true;
    }

    private static bool IsUnitId(string token, bool allowLetter) =>
        UnitId().IsMatch(token) || (allowLetter && token.Length == 1 && char.IsLetter(token[0]));

    [GeneratedRegex(@"^(?<word>[A-Z]*?)(?<unit>\d+[A-Z]?|[A-Z])/(?<number>\d+[A-Z]?(?:-\d+[A-Z]?)?)$")]
    private static partial Regex SlashForm();

    [GeneratedRegex(@"^\d+[A-Z]?$|^[A-Z]\d+$")]
    private static partial Regex UnitId();

    [GeneratedRegex(@"^(?<word>UNIT|APT|FLAT|SHOP|SUITE|VILLA|ROOM|U|F|SE|RM)(?<id>\d+[A-Z]?)$")]
    private static partial Regex GluedUnit();

    [GeneratedRegex(@"^(?<word>LEVEL|LVL|L|FL|B)(?<n>\d+)$")]
    private static partial Regex GluedLevel();

    [GeneratedRegex(@"^(?<n>\d+)(ST|ND|RD|TH)$")]
    private static partial Regex OrdinalFloor();
}
