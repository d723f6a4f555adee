namespace CrmErpPortal.Tests.TestSupport;

public static class TestFiles
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "crmerpportal-tests");

    public static string NewPath(string suffix)
    {
        Directory.CreateDirectory(Root);
        return Path.Combine(Root, $"{Guid.NewGuid():N}-{suffix}");
    }

    public static void DeleteSqlite(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A host still closing may hold the file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
