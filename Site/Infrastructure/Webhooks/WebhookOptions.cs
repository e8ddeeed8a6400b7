using CommunityVoice.Core.Webhooks;

namespace CommunityVoice.Site.Infrastructure.Webhooks;

/// <summary>The <c>Webhooks</c> section: receivers of backlog events, each with the secret that signs them.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    public List<EndpointOptions> Endpoints { get; set; } = [];
    public double TimeoutSeconds { get; set; } = 10;

    public sealed class EndpointOptions
    {
        public string? Url { get; set; }
        public string? Secret { get; set; }
    }

    public WebhookEndpoints ToEndpoints() => new(Endpoints.Select(e => new WebhookEndpoint(e.Url!, e.Secret!)).ToList());

    public static IEnumerable<string> Validate(WebhookOptions o)
    {
        for (var i = 0; i < o.Endpoints.Count; i++)
        {
            var e = o.Endpoints[i];
            if (!Uri.TryCreate(e.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                yield return $"{Section}:Endpoints:{i}:Url must be an absolute http or https URL (got '{e.Url}').";
            if (string.IsNullOrEmpty(e.Secret) || e.Secret.Length < 16)
                yield return $"{Section}:Endpoints:{i}:Secret must be at least 16 characters (set it from an environment variable).";
        }
        if (o.TimeoutSeconds is <= 0 or > 120) yield return $"{Section}:TimeoutSeconds must be above 0 and at most 120 (got {o.TimeoutSeconds}).";
    }
}
