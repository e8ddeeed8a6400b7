using CommunityVoice.Tests.Support;
using Microsoft.Extensions.Options;

namespace CommunityVoice.Tests.Web.Hosting;

public class OptionsValidationTests
{
    [Theory]
    [InlineData("Database:Provider", "Mysql", "Database:Provider must be 'Sqlite' or 'Postgres' (got 'Mysql').")]
    [InlineData("Content:Source", "Wordpress", "Content:Source must be 'Files'")]
    [InlineData("Content:Path", "/no/such/folder", "Content:Path '/no/such/folder' is not a folder.")]
    [InlineData("Storage:DataDirectory", " ", "Storage:DataDirectory must not be empty.")]
    public async Task AWrongSettingStopsTheStartWithAMessageNamingTheKey(string key, string value, string message)
    {
        await using var site = new SiteFactory(overrides: new Dictionary<string, string?> { [key] = value });
        var error = Assert.Throws<OptionsValidationException>(() => site.CreateClient());
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task PostgresWithoutAConnectionStringStopsTheStart()
    {
        await using var site = new SiteFactory(overrides: new Dictionary<string, string?> { ["Database:Provider"] = "Postgres" });
        var error = Assert.Throws<OptionsValidationException>(() => site.CreateClient());
        Assert.Contains("ConnectionStrings:Default is required when Database:Provider is 'Postgres'.", error.Message);
    }
}
