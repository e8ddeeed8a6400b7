using System.Text.Encodings.Web;
using System.Text.Json;
using CommunityVoice.Core.Privacy;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Site.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityVoice.Site.Pages.Privacy;

/// <summary>
/// The page a "my data" email links to: what we hold for the address, a download, and a "Delete my data" button.
/// Opening the link only shows; deleting happens on the button's POST (a mail scanner that follows links deletes nothing).
/// </summary>
[RequestSizeLimit(8 * 1024)]
public sealed class AccessModel(OpenDataLink links, ReadResidentData read, EraseResidentData erase, Counties counties) : PageModel
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    public DataLinkStatus Status { get; private set; } = DataLinkStatus.Invalid;
    public ResidentData? Data { get; private set; }
    public ErasureCounts? Erased { get; private set; }
    public string Language => PathCulture.LanguageOf(HttpContext);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Private();
        var check = await links.CheckAsync(Token, cancellationToken);
        Status = check.Status;
        if (check.Claim is { } claim) Data = await read.HandleAsync(claim, download: false, cancellationToken);
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        Private();
        var check = await links.CheckAsync(Token, cancellationToken);
        Status = check.Status;
        if (check.Claim is not { } claim) return Page();
        var data = await read.HandleAsync(claim, download: true, cancellationToken);
        return File(JsonSerializer.SerializeToUtf8Bytes(data, Json), "application/json", $"community-voice-my-data-{data.GeneratedAt:yyyy-MM-dd}.json");
    }

    public async Task OnPostEraseAsync(CancellationToken cancellationToken)
    {
        Private();
        var check = await links.CheckAsync(Token, cancellationToken);
        Status = check.Status;
        if (check.Claim is { } claim) Erased = await erase.HandleAsync(claim, cancellationToken);
    }

    public string CountyName(string? fips) => counties.Find(fips)?.Name ?? fips ?? "";

    /// <summary>The token is in the address and the page shows personal data: no cache may keep it.</summary>
    void Private() => Response.Headers.CacheControl = "no-store";
}
