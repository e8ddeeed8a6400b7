using CommunityVoice.Core.Data;
using CommunityVoice.Core.Ranking;
using CommunityVoice.Core.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityVoice.Site.Pages.Submissions;

public sealed class IndexModel(CommunityVoiceDbContext db, Counties counties, Priorities priorities) : PageModel
{
    public const int PageSize = SubmissionSearch.DefaultPageSize;

    public string? Query { get; private set; }
    public string? Kind { get; private set; }
    public string? County { get; private set; }
    public string? Topic { get; private set; }
    public string? Status { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Total { get; private set; }
    public IReadOnlyList<PublishedSubmission> Items { get; private set; } = [];
    public IReadOnlyList<County> CountyList => counties.All;
    public Priorities Priorities => priorities;
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(string? query, string? kind, string? county, string? topic, string? status, [FromQuery(Name = "page")] string? pageNumber,
        CancellationToken cancellationToken)
    {
        var search = SubmissionSearch.FromQuery(query, kind, county, topic, status, pageNumber, counties, priorities);
        (Query, Kind, County, Topic, Status, PageNumber) = (search.Query, search.Kind, search.CountyFips, search.Topic, search.Status, search.Page);
        (Items, Total) = await search.RunAsync(db, counties, cancellationToken);
    }

    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?> { ["query"] = Query, ["kind"] = Kind, ["county"] = County, ["topic"] = Topic, ["status"] = Status, ["page"] = page.ToString() }
            .Where(kv => kv.Value is not null)).ToUriComponent();
}
