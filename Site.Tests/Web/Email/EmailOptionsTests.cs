using CommunityVoice.Site.Infrastructure.Email;

namespace CommunityVoice.Tests.Web.Email;

public class EmailOptionsTests
{
    [Fact]
    public void TheDefaultsArePickupAndValid()
    {
        var options = new EmailOptions();

        Assert.Equal("Pickup", options.Provider);
        Assert.Empty(EmailOptions.Validate(options));
    }

    [Fact]
    public void MailjetWithAKeyAndSecretIsValidAndDefaultsToTheLiveApiOutsideTheSandbox()
    {
        var options = new EmailOptions { Provider = "mailjet", Mailjet = { ApiKey = "k", ApiSecret = "s" } };

        Assert.Empty(EmailOptions.Validate(options));
        Assert.Equal("https://api.mailjet.com", options.Mailjet.BaseUrl);
        Assert.False(options.Mailjet.SandboxMode);
        Assert.Equal(10, options.Mailjet.TimeoutSeconds);
    }

    [Theory]
    [InlineData("Smtp", "Community Voice <voice@cdo.example.gov>", "Email:Provider must be 'Pickup' or 'Mailjet' (got 'Smtp').")]
    [InlineData("Pickup", "voice", "Email:From 'voice' is not a valid address.")]
    [InlineData("Pickup", "", "Email:From '' is not a valid address.")]
    public void AWrongSettingGivesAMessageNamingTheKey(string provider, string from, string message)
    {
        var errors = EmailOptions.Validate(new EmailOptions { Provider = provider, From = from });

        Assert.Equal([message], errors);
    }

    [Fact]
    public void MailjetWithoutCredentialsOrWithABadUrlNamesEachKey()
    {
        var options = new EmailOptions { Provider = "Mailjet", Mailjet = { BaseUrl = "api.mailjet.com", TimeoutSeconds = 0 } };

        Assert.Equal(
            [
                "Email:Mailjet:ApiKey is required when Email:Provider is 'Mailjet'.",
                "Email:Mailjet:ApiSecret is required when Email:Provider is 'Mailjet'.",
                "Email:Mailjet:BaseUrl 'api.mailjet.com' is not an absolute http(s) URL.",
                "Email:Mailjet:TimeoutSeconds must be greater than 0 (got 0).",
            ],
            EmailOptions.Validate(options));
    }
}
