using CommunityVoice.Core.Submissions;

namespace CommunityVoice.Site.Infrastructure.Captcha;

/// <summary><c>Captcha:Provider=None</c>: the honeypot, timing and rate limits are the only bot defences, so every token passes.</summary>
public sealed class NoCaptchaVerifier : ICaptchaVerifier
{
    static readonly Task<CaptchaResult> Pass = Task.FromResult<CaptchaResult>(new CaptchaResult.Passed(null));

    public Task<CaptchaResult> VerifyAsync(string? token, string expectedAction, string? remoteIp, CancellationToken ct) => Pass;
}
