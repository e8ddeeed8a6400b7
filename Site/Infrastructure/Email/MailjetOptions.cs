namespace CommunityVoice.Site.Infrastructure.Email;

/// <summary>The <c>Email:Mailjet</c> section. Key and secret come from user-secrets or environment variables.</summary>
public sealed class MailjetOptions
{
    public string? ApiKey { get; set; }

    public string? ApiSecret { get; set; }

    public string BaseUrl { get; set; } = "https://api.mailjet.com";

    /// <summary>Mailjet validates the message and answers as usual but delivers nothing.</summary>
    public bool SandboxMode { get; set; }

    /// <summary>How long one call may take before it is abandoned and retried later.</summary>
    public int TimeoutSeconds { get; set; } = 10;
}
