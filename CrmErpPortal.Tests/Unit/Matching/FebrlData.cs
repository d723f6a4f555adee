using System.Text.RegularExpressions;
using CrmErpPortal.Matching;

namespace CrmErpPortal.Tests.Unit.Matching;

/// <summary>
/// Reads the FEBRL benchmark files the tests use from TestData/febrl (a byte-identical copy, see its README), copied
/// beside the test assembly. The files have no quoted fields, so splitting on commas and trimming reads their ", "
/// separator.
/// </summary>
internal static partial class FebrlData
{
    public static IReadOnlyList<MatchRecord> Read(string fileName)
    {
        var path = Path.Combine(Folder(), fileName);
        return File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var c = line.Split(',').Select(v => v.Trim()).Select(v => v.Length == 0 ? null : v).ToArray();
            return new MatchRecord(c[0]!, RecordKind.Person)
            {
                GivenName = c[1], Surname = c[2], StreetNumber = c[3], Street = c[4], AddressLine2 = c[5],
                Locality = c[6], Postcode = c[7], State = c[8], DateOfBirth = c[9], OtherIdentifier = c[10],
            };
        }).ToArray();
    }

    /// <summary>rec-N-org and rec-N-dup-K are entity N.</summary>
    public static string EntityOf(string id) => FebrlId().Match(id).Groups[1].Value;

    private static string Folder()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "febrl");
        return Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"No TestData/febrl beside {AppContext.BaseDirectory}: the test project copies it there on build.");
    }

    [GeneratedRegex(@"^rec-(\d+)-(?:org|dup-\d+)$")]
    private static partial Regex FebrlId();
}
