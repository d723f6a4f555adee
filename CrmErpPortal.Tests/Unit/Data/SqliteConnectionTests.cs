using CrmErpPortal.Data;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace CrmErpPortal.Tests.Unit.Data;

public sealed class SqliteConnectionTests
{
    [Fact]
    public void PlacesARelativeFileUnderTheContentRoot_AndCreatesItsFolder()
    {
        var contentRoot = TestFiles.NewPath("root");
        var config = new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:Sqlite", "Data Source=App_Data/portal.db")]).Build();

        var connection = new SqliteConnectionStringBuilder(DataRegistration.SqliteConnectionUnderContentRoot(config, contentRoot));

        Assert.Equal(Path.Combine(contentRoot, "App_Data", "portal.db"), connection.DataSource);
        Assert.True(Directory.Exists(Path.Combine(contentRoot, "App_Data")));
    }

    [Fact]
    public void UsesTheDefaultFile_WhenNoConnectionStringIsSet()
    {
        var contentRoot = TestFiles.NewPath("root");

        var connection = new SqliteConnectionStringBuilder(
            DataRegistration.SqliteConnectionUnderContentRoot(new ConfigurationBuilder().Build(), contentRoot));

        Assert.Equal(Path.Combine(contentRoot, "App_Data", "portal.db"), connection.DataSource);
    }

    [Fact]
    public void LeavesAnAbsolutePathAsItIs()
    {
        var file = TestFiles.NewPath("abs.db");
        var config = new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:Sqlite", $"Data Source={file}")]).Build();

        var connection = new SqliteConnectionStringBuilder(DataRegistration.SqliteConnectionUnderContentRoot(config, "/elsewhere"));

        Assert.Equal(file, connection.DataSource);
    }
}
