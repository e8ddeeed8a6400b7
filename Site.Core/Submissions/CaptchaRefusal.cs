namespace CommunityVoice.Core.Submissions;

/// <summary>Why a captcha token was refused (<see cref="CaptchaResult.Refused"/>).</summary>
public enum CaptchaRefusal
{
    /// <summary>No token came with the submission (no HTTP call is made); also the case without JavaScript.</summary>
    MissingToken,

    /// <summary>The service said the token is not valid (<c>invalid-input-response</c>, or <c>success:false</c> without a known code).</summary>
    InvalidToken,

    /// <summary>The score is below the threshold, or there is no score (not a v3 token).</summary>
    LowScore,

    /// <summary>The token was made for another action than the form it came with.</summary>
    WrongAction,

    /// <summary>The token was solved on another site than ours.</summary>
    WrongHostname,

    /// <summary>The token is older than two minutes or was already verified once (<c>timeout-or-duplicate</c>).</summary>
    TimeoutOrDuplicate,
}
