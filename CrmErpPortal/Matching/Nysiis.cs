using System.Text;

namespace CrmErpPortal.Matching;

/// <summary>
/// The NYSIIS phonetic code (Taft 1970, as in the New York State Identification and Intelligence System),
/// written here because no served NuGet package offers a phonetic encoder under a clear licence.
/// </summary>
public static class Nysiis
{
    public static string Encode(string? name)
    {
        var word = Letters(name);
        if (word.Length == 0)
        {
            return string.Empty;
        }

        word = ReplacePrefix(word);
        word = ReplaceSuffix(word);
        var code = new StringBuilder(word.Length);
        code.Append(word[0]);
        for (var i = 1; i < word.Length; i++)
        {
            var piece = Translate(word, i, out var consumed);
            i += consumed - 1;

            // A replacement is appended whole unless it ends like the code already does (SCH keeps "SS").
            if (piece[^1] != code[^1])
            {
                code.Append(piece);
            }
        }

        if (code.Length > 1 && code[^1] == 'S')
        {
            code.Length--;
        }

        if (code.Length > 2 && code[^2] == 'A' && code[^1] == 'Y')
        {
            code.Length -= 2;
            code.Append('Y');
        }

        if (code.Length > 1 && code[^1] == 'A')
        {
            code.Length--;
        }

        return code.ToString();
    }

    private static string Letters(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is >= 'a' and <= 'z')
            {
                builder.Append((char)(c - 32));
            }
            else if (c is >= 'A' and <= 'Z')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string ReplacePrefix(string w)
    {
        if (w.StartsWith("MAC", StringComparison.Ordinal)) return "MCC" + w[3..];
        if (w.StartsWith("KN", StringComparison.Ordinal)) return "NN" + w[2..];
        if (w.StartsWith('K')) return "C" + w[1..];
        if (w.StartsWith("PH", StringComparison.Ordinal) || w.StartsWith("PF", StringComparison.Ordinal)) return "FF" + w[2..];
        if (w.StartsWith("SCH", StringComparison.Ordinal)) return "SSS" + w[3..];
        return w;
    }

    private static string ReplaceSuffix(string w)
    {
        if (w.EndsWith("EE", StringComparison.Ordinal) || w.EndsWith("IE", StringComparison.Ordinal)) return w[..^2] + "Y";
        foreach (var end in (string[])["DT", "RT", "RD", "NT", "ND"])
        {
            if (w.EndsWith(end, StringComparison.Ordinal)) return w[..^2] + "D";
        }

        return w;
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';

    private static string Translate(string w, int i, out int consumed)
    {
        consumed = 1;
        var c = w[i];
        var next = i + 1 < w.Length ? w[i + 1] : '\0';
        if (c == 'E' && next == 'V')
        {
            consumed = 2;
            return "AF";
        }

        if (IsVowel(c)) return "A";
        switch (c)
        {
            case 'Q': return "G";
            case 'Z': return "S";
            case 'M': return "N";
            case 'K': return next == 'N' ? "N" : "C";
            case 'S' when i + 2 < w.Length && next == 'C' && w[i + 2] == 'H':
                consumed = 3;
                return "SS";
            case 'P' when next == 'H':
                consumed = 2;
                return "F";
            case 'H' when !IsVowel(w[i - 1]) || next == '\0' || !IsVowel(next):
                return IsVowel(w[i - 1]) ? "A" : w[i - 1].ToString();
            case 'W' when IsVowel(w[i - 1]):
                return "A";
            default:
                return c.ToString();
        }
    }
}
