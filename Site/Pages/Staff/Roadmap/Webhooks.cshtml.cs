using CommunityVoice.Core.Data;
using CommunityVoice.Core.Webhooks;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Site.Pages.Staff.Roadmap;

/// <summary>The webhook delivery log: receivers, and every event waiting, delivered or failed, with its last error.</summary>
public sealed class WebhooksModel(CommunityVoiceDbContext db, WebhookEndpoints endpoints) : PageModel
{
    public IReadOnlyList<WebhookEndpoint> Endpoints => endpoints.All;
    public IReadOnlyList<WebhookDelivery> Deliveries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Deliveries = await db.WebhookDeliveries.AsNoTracking().OrderByDescending(d => d.CreatedAt).Take(200).ToListAsync(cancellationToken);
}
