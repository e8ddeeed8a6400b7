using MimeKit;

namespace CommunityVoice.Site.Infrastructure.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";
    public const string PickupProvider = "Pickup";
    public const string MailjetProvider = "Mailjet";

    /// <summary><c>Pickup</c> (.eml files in the data directory's outbox folder) or <c>Mailjet</c>.</summary>
    public string Provider { get; set; } = PickupProvider;

    /// <summary>The sender, with or without a display name; with Mailjet it must be a validated sender.</summary>
    public string From { get; set; } = "Community Voice <no-reply@localhost>";

    public MailjetOptions Mailjet { get; set; } = new();

    public bool UsesMailjet => string.Equals(Provider, MailjetProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>What is wrong with the settings, each message naming its configuration key; empty when all is well.</summary>
    public static IEnumerable<string> Validate(EmailOptions options)
    {
        var provider = options.Provider;
        var isPickup = string.Equals(provider, PickupProvider, StringComparison.OrdinalIgnoreCase);
        if (!isPickup && !options.UsesMailjet)
            yield return $"Email:Provider must be '{PickupProvider}' or '{MailjetProvider}' (got '{provider}').";

        if (options.From is null || !MailboxAddress.TryParse(options.From, out var from) || !from.Address.Contains('@'))
            yield return $"Email:From '{options.From}' is not a valid address.";

        if (!options.UsesMailjet)
            yield break;

        var mailjet = options.Mailjet;
        if (string.IsNullOrWhiteSpace(mailjet.ApiKey))
            yield return $"Email:Mailjet:ApiKey is required when Email:Provider is '{MailjetProvider}'.";
        if (string.IsNullOrWhiteSpace(mailjet.ApiSecret))
            yield return $"Email:Mailjet:ApiSecret is required when Email:Provider is '{MailjetProvider}'.";
        if (!Uri.TryCreate(mailjet.BaseUrl, UriKind.Absolute, out var baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
            yield return $"Email:Mailjet:BaseUrl '{mailjet.BaseUrl}' is not an absolute http(s) URL.";
        if (mailjet.TimeoutSeconds <= 0)
            yield return $"Email:Mailjet:TimeoutSeconds must be greater than 0 (got {mailjet.TimeoutSeconds}).";
    }
}
