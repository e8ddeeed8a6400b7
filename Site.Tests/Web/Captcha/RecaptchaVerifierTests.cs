using CommunityVoice.Core.Submissions;
using CommunityVoice.Site.Infrastructure.Captcha;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CommunityVoice.Tests.Web.Captcha;

public sealed class RecaptchaVerifierTests : IDisposable
{
    const string Secret = "test-secret-6LeIxAcTAAAAAGG";
    // Characters that must be form-encoded: a token is sent as it came, not as it was typed into the test.
    const string Token = "03AGdBq25+token/from=g-recaptcha-response&more";
    const string RemoteIp = "203.0.113.7";

    readonly SiteverifyStub siteverify = new();
    readonly RecordingLogger log = new();

    RecaptchaVerifier Verifier(
        string? requestHost = "www.example.com",
        string[]? expectedHostnames = null,
        double minimumScore = 0.5,
        int timeoutSeconds = 5,
        string? verifyUrl = null) => new(
        new HttpClient(),
        new CaptchaOptions
        {
            Provider = CaptchaOptions.RecaptchaProvider,
            SiteKey = "test-site-key",
            SecretKey = Secret,
            VerifyUrl = verifyUrl ?? siteverify.VerifyUrl,
            MinimumScore = minimumScore,
            ExpectedHostnames = [.. expectedHostnames ?? []],
            TimeoutSeconds = timeoutSeconds,
        },
        new RequestOn(requestHost),
        log);

    [Fact]
    public async Task AGoodTokenPassesWithItsScoreAfterPostingExactlyTheDocumentedForm()
    {
        siteverify.Answer(200, RecaptchaExamples.V3Success);

        var result = await Verifier().VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);

        Assert.Equal(new CaptchaResult.Passed(0.9), result);
        var request = Assert.Single(siteverify.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(SiteverifyStub.VerifyPath, request.Path);
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal(
            [KeyValuePair.Create("secret", Secret), KeyValuePair.Create("response", Token), KeyValuePair.Create("remoteip", RemoteIp)],
            request.Form);
        AssertNoSecretsWereLogged();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task RemoteIpIsLeftOutWhenItIsNotKnown(string? remoteIp)
    {
        siteverify.Answer(200, RecaptchaExamples.V3Success);

        await Verifier().VerifyAsync(Token, "contact", remoteIp, CancellationToken.None);

        Assert.Equal(["secret", "response"], Assert.Single(siteverify.Requests).Form.Select(f => f.Key));
    }

    [Fact]
    public async Task TheRequestsOwnHostIsExpectedWhenNoHostnamesAreConfiguredIgnoringPortAndCase()
    {
        siteverify.Answer(200, RecaptchaExamples.V3Success);

        var result = await Verifier(requestHost: "WWW.Example.com:5131").VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);

        Assert.IsType<CaptchaResult.Passed>(result);
    }

    [Fact]
    public async Task ALowScoreIsRefusedNamingTheScoreAndTheThreshold()
    {
        siteverify.Answer(200, RecaptchaExamples.V3LowScore);

        var result = await Verifier().VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);

        var refused = Assert.IsType<CaptchaResult.Refused>(result);
        Assert.Equal(CaptchaRefusal.LowScore, refused.Reason);
        Assert.Contains("0.1", refused.Detail);
        Assert.Contains("Captcha:MinimumScore 0.5", refused.Detail);
        AssertNoSecretsWereLogged();
    }

    [Theory]
    [InlineData(0.9, true)]
    [InlineData(0.91, false)]
    public async Task AScoreExactlyAtTheThresholdPassesAndJustBelowIsRefused(double minimumScore, bool passes)
    {
        siteverify.Answer(200, RecaptchaExamples.V3Success);

        var result = await Verifier(minimumScore: minimumScore).VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);

        Assert.Equal(passes, result is CaptchaResult.Passed);
    }

    [Fact]
    public async Task AScoreSentAsAStringIsRead()
    {
        siteverify.Answer(200, RecaptchaExamples.V3SuccessWithScoreAsString);

        var result = await Verifier().VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);

        Assert.Equal(new CaptchaResult.Passed(0.9), result);
    }

    [Fact]
    public async Task ErrorCodesBesideSuccessStillPassAsInTheOfficialClient()
    {
        siteverify.Answer(200, RecaptchaExamples.V3SuccessWithErrorCodes);

        var result = await Verifier().VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);

        Assert.Equal(new CaptchaResult.Passed(0.9), result);
    }

    [Fact]
    public async Task ATokenMadeForAnotherActionIsRefused()
    {
        siteverify.Answer(200, RecaptchaExamples.V3Success);

        var result = await Verifier().VerifyAsync(Token, "propose", RemoteIp, CancellationToken.None);

        var refused = Assert.IsType<CaptchaResult.Refused>(result);
        Assert.Equal(CaptchaRefusal.WrongAction, refused.Reason);
        Assert.Equal("The token was made for action 'contact', not 'propose'.", refused.Detail);
    }

    [Fact]
    public async Task TheActionIsComparedCaseInsensitively()
    {
        siteverify.Answer(200, RecaptchaExamples.V3Success);

        var result = await Verifier().VerifyAsync(Token, "Contact", RemoteIp, CancellationToken.None);

        Assert.IsType<CaptchaResult.Passed>(result);
    }

    [Fact]
    public async Task ATokenSolvedOnAnotherSiteThanTheRequestsIsRefused()
    {
        siteverify.Answer(200, RecaptchaExamples.V3Success);

        var result = await Verifier(requestHost: "voice.cdo.example.gov").VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);

        var refused = Assert.IsType<CaptchaResult.Refused>(result);
        Assert.Equal(CaptchaRefusal.WrongHostname, refused.Reason);
        Assert.Equal("The token was solved on 'www.example.com', not on 'voice.cdo.example.gov'.", refused.Detail);
    }

    [Fact]
    public async Task ConfiguredHostnamesReplaceTheRequestsHost()
    {
        siteverify.Answer(200, RecaptchaExamples.V3Success);

        var refused = await Verifier(requestHost: "www.example.com", expectedHostnames: ["voice.cdo.example.gov"])
            .VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);
        var passed = await Verifier(requestHost: "10.0.0.5:8080", expectedHostnames: ["voice.cdo.example.gov", "WWW.EXAMPLE.COM"])
            .VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);

        Assert.Equal(CaptchaRefusal.WrongHostname, Assert.IsType<CaptchaResult.Refused>(refused).Reason);
        Assert.IsType<CaptchaResult.Passed>(passed);
    }

    [Fact]
    public async Task WithoutARequestOrConfiguredHostnamesTheSubmissionIsHeldWithoutSpendingTheToken()
    {
        siteverify.Answer(200, RecaptchaExamples.V3Success);

        var result = await Verifier(requestHost: null).VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);

        var unavailable = Assert.IsType<CaptchaResult.Unavailable>(result);
        Assert.Contains("Captcha:ExpectedHostnames", unavailable.Reason);
        Assert.Empty(siteverify.Requests);
    }

    [Theory]
    [InlineData(RecaptchaExamples.InvalidInputResponse, CaptchaRefusal.InvalidToken, "invalid-input-response")]
    [InlineData(RecaptchaExamples.TimeoutOrDuplicate, CaptchaRefusal.TimeoutOrDuplicate, "timeout-or-duplicate")]
    public async Task ATokenSiteverifyRejectsIsRefusedWithItsErrorCode(string answer, CaptchaRefusal reason, string code)
    {
        siteverify.Answer(200, answer);

        var result = await Verifier().VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);

        var refused = Assert.IsType<CaptchaResult.Refused>(result);
        Assert.Equal(reason, refused.Reason);
        Assert.Contains(code, refused.Detail);
        Assert.Contains(log.Lines, line => line.Contains(code));
        AssertNoSecretsWereLogged();
    }

    [Fact]
    public async Task AWrongSecretHoldsTheSubmissionAndNamesTheKeyInsteadOfRefusingResidents()
    {
        siteverify.Answer(200, RecaptchaExamples.InvalidInputSecret);

        var result = await Verifier().VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);

        var unavailable = Assert.IsType<CaptchaResult.Unavailable>(result);
        Assert.Contains("invalid-input-secret", unavailable.Reason);
        Assert.Contains("Captcha:SecretKey", unavailable.Reason);
        AssertNoSecretsWereLogged();
    }

    [Fact]
    public async Task TheV2TestKeysAnswerHasNoActionOrScoreSoItCannotPassAV3Check()
    {
        siteverify.Answer(200, RecaptchaExamples.TestKeySuccess);

        var result = await Verifier(expectedHostnames: ["testkey.google.com"]).VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);

        var refused = Assert.IsType<CaptchaResult.Refused>(result);
        Assert.Equal(CaptchaRefusal.WrongAction, refused.Reason);
    }

    [Fact]
    public async Task EveryAnswerTheOfficialClientIsTestedAgainstIsReadAndJudged()
    {
        foreach (var fixture in RecaptchaExamples.OfficialClientFixtures)
        {
            siteverify.Answer(200, fixture);

            var result = await Verifier(expectedHostnames: ["google.com"]).VerifyAsync(Token, "action", RemoteIp, CancellationToken.None);

            var refused = Assert.IsType<CaptchaResult.Refused>(result);
            var expected = fixture.Contains("\"success\": true") ? CaptchaRefusal.WrongAction : CaptchaRefusal.InvalidToken;
            if (fixture == """{"success": true}""")
                expected = CaptchaRefusal.WrongHostname;
            Assert.Equal(expected, refused.Reason);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AMissingTokenIsRefusedWithoutCallingSiteverify(string? token)
    {
        siteverify.Answer(200, RecaptchaExamples.V3Success);

        var result = await Verifier().VerifyAsync(token, "contact", RemoteIp, CancellationToken.None);

        Assert.Equal(CaptchaRefusal.MissingToken, Assert.IsType<CaptchaResult.Refused>(result).Reason);
        Assert.Empty(siteverify.Requests);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(429)]
    [InlineData(404)]
    public async Task AnErrorStatusHoldsTheSubmissionForReview(int status)
    {
        siteverify.Answer(status, status == 404 ? null : """{"error": "unavailable"}""");

        var result = await Verifier().VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);

        var unavailable = Assert.IsType<CaptchaResult.Unavailable>(result);
        Assert.Equal($"siteverify answered {status}.", unavailable.Reason);
        AssertNoSecretsWereLogged();
    }

    [Fact]
    public async Task ASlowAnswerIsAbandonedAtTheTimeoutAndTheSubmissionHeld()
    {
        siteverify.Answer(200, RecaptchaExamples.V3Success, delay: TimeSpan.FromSeconds(2));
        // The answer would be a success: a timeout reason shows the call was abandoned at the timeout, not answered.
        var result = await Verifier(timeoutSeconds: 1).VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);

        var unavailable = Assert.IsType<CaptchaResult.Unavailable>(result);
        Assert.Equal("siteverify did not answer within 1 s.", unavailable.Reason);
    }

    [Fact]
    public async Task AnUnreachableSiteverifyHoldsTheSubmission()
    {
        var result = await Verifier(verifyUrl: SiteverifyStub.ClosedVerifyUrl()).VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);

        var unavailable = Assert.IsType<CaptchaResult.Unavailable>(result);
        Assert.StartsWith("siteverify could not be reached", unavailable.Reason);
        AssertNoSecretsWereLogged();
    }

    [Theory]
    [InlineData("{\"success\": true, \"score\": 0.9,")]
    [InlineData("<html><body>Service Unavailable</body></html>")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"success\": \"yes\"}")]
    [InlineData("{\"success\": true, \"score\": \"high\"}")]
    public async Task AnAnswerThatIsNotASiteverifyAnswerHoldsTheSubmission(string body)
    {
        siteverify.Answer(200, body);

        var result = await Verifier().VerifyAsync(Token, "contact", RemoteIp, CancellationToken.None);

        var unavailable = Assert.IsType<CaptchaResult.Unavailable>(result);
        Assert.Equal("siteverify answered 200 with a body that is not a siteverify answer.", unavailable.Reason);
    }

    [Fact]
    public async Task TheCallersCancellationStopsTheCheckInsteadOfPassingForATimeout()
    {
        siteverify.Answer(200, RecaptchaExamples.V3Success, delay: TimeSpan.FromSeconds(2));
        using var aborted = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Verifier().VerifyAsync(Token, "contact", RemoteIp, aborted.Token));
    }

    [Fact]
    public async Task TheNoneProviderPassesEveryTokenWithoutAScore()
    {
        var result = await new NoCaptchaVerifier().VerifyAsync(null, "contact", null, CancellationToken.None);

        Assert.Equal(new CaptchaResult.Passed(null), result);
    }

    void AssertNoSecretsWereLogged()
    {
        Assert.NotEmpty(log.Lines);
        foreach (var line in log.Lines)
        {
            Assert.DoesNotContain(Secret, line);
            Assert.DoesNotContain("03AGdBq25", line);
            Assert.DoesNotContain(RemoteIp, line);
        }
    }

    public void Dispose() => siteverify.Dispose();

    sealed class RequestOn(string? host) : IHttpContextAccessor
    {
        public HttpContext? HttpContext
        {
            get => host is null ? null : new DefaultHttpContext { Request = { Host = new HostString(host) } };
            set => throw new NotSupportedException();
        }
    }

    sealed class RecordingLogger : ILogger<RecaptchaVerifier>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The structured values too, since a sink such as Seq stores them beside the rendered message.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => $"{p.Key}={Render(p.Value)}"))
                : "";
            lock (Lines)
                Lines.Add($"{formatter(state, exception)} {values} {exception}");
        }

        static string? Render(object? value) => value is System.Collections.IEnumerable items and not string
            ? string.Join(",", items.Cast<object?>())
            : value?.ToString();
    }
}
