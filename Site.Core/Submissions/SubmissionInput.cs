using System.Net.Mail;
using System.Text;
using System.Text.Json.Serialization;

namespace CommunityVoice.Core.Submissions;

/// <summary>
/// What a resident typed into the question or use-case form (or the API). Validates itself into per-field
/// messages; the keys are the property names, so a page and the API can both show them next to their field.
/// </summary>
public sealed record SubmissionInput
{
    public const int TitleMin = 8, TitleMax = 150, BodyMin = 20, BodyMax = 4000, DetailMax = 1500, EmailMax = 254;

    public string? Kind { get; init; }
    public string? Title { get; init; }
    public string? Body { get; init; }
    public string? Affected { get; init; }
    public string? Outcome { get; init; }
    public string? Agencies { get; init; }
    public string? County { get; init; }
    public string? Email { get; init; }
    public bool Consent { get; init; }

    /// <summary>reCAPTCHA v3 token (API clients that run the widget); ignored when no captcha is configured.</summary>
    public string? CaptchaToken { get; init; }

    [JsonIgnore]
    public SubmissionKind? ParsedKind => Kind?.Trim().ToLowerInvariant() switch
    {
        "question" => SubmissionKind.Question,
        "usecase" or "use-case" or "use_case" => SubmissionKind.UseCase,
        _ => null,
    };

    /// <summary>Field messages in English; the web layer translates them through its localiser.</summary>
    public IReadOnlyDictionary<string, FieldError> Validate(Counties counties)
    {
        var errors = new Dictionary<string, FieldError>();
        if (ParsedKind is null)
            errors[nameof(Kind)] = new("Choose whether this is a question or a use case.");

        Text(errors, nameof(Title), Title, TitleMin, TitleMax, required: true, "a title");
        Text(errors, nameof(Body), Body, BodyMin, BodyMax, required: true, ParsedKind == SubmissionKind.UseCase ? "the problem in your words" : "the question");
        Text(errors, nameof(Affected), Affected, 0, DetailMax, required: false, "who is affected");
        Text(errors, nameof(Outcome), Outcome, 0, DetailMax, required: false, "what the data could show");
        Text(errors, nameof(Agencies), Agencies, 0, DetailMax, required: false, "the agencies or programmes");

        if (!string.IsNullOrWhiteSpace(County) && counties.Find(County) is null)
            errors[nameof(County)] = new("Choose a county from the list, or leave it empty.");

        var email = Email?.Trim();
        if (!string.IsNullOrEmpty(email))
        {
            if (!IsValidEmail(email))
                errors[nameof(Email)] = new("Enter an email address like name@example.com, or leave it empty.");
            else if (!Consent)
                errors[nameof(Consent)] = new("Tick the box to let us email you, or leave the email empty.");
        }
        return errors;
    }

    static void Text(Dictionary<string, FieldError> errors, string field, string? value, int min, int max, bool required, string what)
    {
        var text = Clean(value);
        if (text.Length == 0)
        {
            if (required) errors[field] = new("Enter {0}.", what);
            return;
        }
        if (text.Length < min) errors[field] = new("Write at least {0} characters for {1} (you wrote {2}).", min, what, text.Length);
        else if (text.Length > max) errors[field] = new("Keep {0} to {1} characters or fewer (you wrote {2}).", what, max, text.Length);
    }

    /// <summary>NFC, no control characters except line breaks and tabs, trimmed: what is stored.</summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var normalised = value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalised.Length);
        foreach (var c in normalised.Replace("\r\n", "\n"))
            if (!char.IsControl(c) || c is '\n' or '\t') builder.Append(c);
            else if (c == '\r') builder.Append('\n');
        return builder.ToString().Trim();
    }

    public static bool IsValidEmail(string value) =>
        value.Length <= EmailMax && MailAddress.TryCreate(value, out var address) && address.Address == value
        && value.Contains('.', StringComparison.Ordinal) && !value.Any(char.IsWhiteSpace);
}
