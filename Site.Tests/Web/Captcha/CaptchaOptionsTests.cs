using CommunityVoice.Site.Infrastructure.Captcha;

namespace CommunityVoice.Tests.Web.Captcha;

public class CaptchaOptionsTests
{
    [Fact]
    public void TheDefaultsAreNoCaptchaAndValid()
    {
        var options = new CaptchaOptions();

        Assert.Equal("None", options.Provider);
        Assert.False(options.UsesRecaptcha);
        Assert.Empty(CaptchaOptions.Validate(options));
    }

    [Fact]
    public void RecaptchaWithBothKeysIsValidAndDefaultsToGooglesSiteverifyAtHalfAScore()
    {
        var options = new CaptchaOptions { Provider = "recaptcha", SiteKey = "site", SecretKey = "secret" };

        Assert.Empty(CaptchaOptions.Validate(options));
        Assert.True(options.UsesRecaptcha);
        Assert.Equal("https://www.google.com/recaptcha/api/siteverify", options.VerifyUrl);
        Assert.Equal(0.5, options.MinimumScore);
        Assert.Empty(options.ExpectedHostnames);
        Assert.Equal(5, options.TimeoutSeconds);
    }

    [Fact]
    public void AnUnknownProviderNamesTheKey()
    {
        Assert.Equal(
            ["Captcha:Provider must be 'None' or 'Recaptcha' (got 'Hcaptcha')."],
            CaptchaOptions.Validate(new CaptchaOptions { Provider = "Hcaptcha" }));
    }

    [Fact]
    public void RecaptchaWithoutKeysOrWithBadValuesNamesEachKey()
    {
        var options = new CaptchaOptions
        {
            Provider = "Recaptcha",
            SiteKey = " ",
            VerifyUrl = "www.google.com/recaptcha/api/siteverify",
            MinimumScore = 1.5,
            TimeoutSeconds = 0,
            ExpectedHostnames = ["voice.cdo.example.gov", "https://voice.cdo.example.gov/"],
        };

        Assert.Equal(
            [
                "Captcha:SiteKey is required when Captcha:Provider is 'Recaptcha'.",
                "Captcha:SecretKey is required when Captcha:Provider is 'Recaptcha'.",
                "Captcha:VerifyUrl 'www.google.com/recaptcha/api/siteverify' is not an absolute http(s) URL.",
                "Captcha:MinimumScore must be between 0 and 1 (got 1.5).",
                "Captcha:TimeoutSeconds must be greater than 0 (got 0).",
                "Captcha:ExpectedHostnames:1 'https://voice.cdo.example.gov/' is not a host name (no scheme, port or path).",
            ],
            CaptchaOptions.Validate(options));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void AScoreOutsideZeroToOneIsRefused(double score)
    {
        var options = new CaptchaOptions { Provider = "Recaptcha", SiteKey = "site", SecretKey = "secret", MinimumScore = score };

        Assert.Contains(CaptchaOptions.Validate(options), e => e.StartsWith("Captcha:MinimumScore must be between 0 and 1"));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void TheEndsOfTheScoreRangeAreAllowed(double score)
    {
        var options = new CaptchaOptions { Provider = "Recaptcha", SiteKey = "site", SecretKey = "secret", MinimumScore = score };

        Assert.Empty(CaptchaOptions.Validate(options));
    }
}
