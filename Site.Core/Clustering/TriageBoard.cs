using CommunityVoice.Core.Data;
using CommunityVoice.Core.Ranking;
using CommunityVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Core.Clustering;

/// <summary>A submission as staff see it on the triage board (public, masked text only).</summary>
public sealed record BoardMember(Guid Id, SubmissionKind Kind, string Title, string? CountyFips, int Supporters, double Similarity,
    DateTimeOffset PublishedAt, IReadOnlyList<string> Priorities);

/// <summary>A cluster after staff decisions: what it is called, who is in it, where from, and its score.</summary>
public sealed record BoardCluster(
    string Key, string Label, string? Name, IReadOnlyList<BoardMember> Members, IReadOnlyList<(string Fips, int Count)> Counties,
    IReadOnlyList<IReadOnlyList<Guid>> DuplicateGroups, Rubric? Rubric, int Supporters, ScoreBreakdown Score)
{
    public string Title => Name ?? Label;
    public IEnumerable<BoardMember> Representatives => Members.Take(3);
}

/// <summary>The triage board: the latest successful run with every staff decision applied, ranked.</summary>
public sealed record Board(ClusteringRun? Run, IReadOnlyList<BoardCluster> Clusters, int NotYetClustered, int DecisionsApplied,
    int DecisionsNoLongerApplying, RankingWeights Weights, Ranker? Ranker)
{
    public BoardCluster? Find(string? key) => Clusters.FirstOrDefault(c => c.Key == key);
}

/// <summary>Builds the <see cref="Board"/>: loads the latest run, re-applies the decisions in order, ranks.</summary>
public sealed class TriageBoard(CommunityVoiceDbContext db, Counties counties, Priorities priorities, RankingWeights configuredWeights)
{
    public async Task<RankingWeights> CurrentWeightsAsync(CancellationToken cancellationToken)
    {
        var latest = await db.RankingWeightChanges.AsNoTracking().OrderByDescending(c => c.Id).Select(c => c.Weights).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? configuredWeights : RankingWeights.FromJson(latest);
    }

    public async Task<Board> LoadAsync(CancellationToken cancellationToken)
    {
        var weights = await CurrentWeightsAsync(cancellationToken);
        var run = await db.ClusteringRuns.AsNoTracking().Where(r => r.Status == RunStatus.Succeeded)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var published = await db.Submissions.AsNoTracking()
            .Where(s => s.Status == SubmissionStatus.Published && s.DuplicateOf == null)
            .Select(s => new { s.Id, s.Kind, s.PublicTitle, s.PublicBody, s.CountyFips, s.PublishedAt })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        if (run is null) return new Board(null, [], published.Count, 0, 0, weights, null);

        var terms = await db.RunClusters.AsNoTracking().Where(c => c.RunId == run.Id).ToDictionaryAsync(c => c.Number, c => c.Terms, cancellationToken);
        var members = await db.RunMembers.AsNoTracking().Where(m => m.RunId == run.Id).ToListAsync(cancellationToken);
        // Supporters, counted once per person across a cluster: the supporter keys of every member and of the
        // submissions merged into them.
        var supports = await db.Supports.AsNoTracking().Where(s => s.ConfirmedAt != null)
            .Join(db.Submissions.Where(s => s.Status == SubmissionStatus.Published),
                support => support.SubmissionId, submission => submission.Id,
                (support, submission) => new { Primary = submission.DuplicateOf ?? submission.Id, support.SupporterKey })
            .ToListAsync(cancellationToken);
        var supportersOf = supports.GroupBy(s => s.Primary).ToDictionary(g => g.Key, g => g.Select(s => s.SupporterKey).ToHashSet());
        var links = await db.Vectors.AsNoTracking().Where(v => v.NearDuplicateOf != null)
            .Select(v => new { v.SubmissionId, v.NearDuplicateOf }).ToListAsync(cancellationToken);
        var decisions = await db.TriageDecisions.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken);

        var priorityTitles = priorities.All.ToDictionary(p => p.Id, p => p.TitleIn("en"));
        BoardMember? Member(Guid id, double similarity) => published.TryGetValue(id, out var s)
            ? new BoardMember(s.Id, s.Kind, s.PublicTitle, s.CountyFips, supportersOf.GetValueOrDefault(s.Id)?.Count ?? 0, similarity,
                s.PublishedAt ?? DateTimeOffset.MinValue, priorities.Match(s.PublicTitle + "\n" + s.PublicBody).Select(p => priorityTitles[p]).ToList())
            : null;

        var working = members.GroupBy(m => m.Number).OrderBy(g => g.Key).Select(g => new WorkingCluster
        {
            Terms = terms.GetValueOrDefault(g.Key) ?? "",
            Members = g.OrderByDescending(m => m.Similarity).Select(m => Member(m.SubmissionId, m.Similarity)).OfType<BoardMember>().ToList(),
        }).ToList();
        var clustered = members.Select(m => m.SubmissionId).ToHashSet();
        var (applied, stale) = Apply(working, decisions, id => Member(id, 0));
        working.RemoveAll(c => c.Members.Count == 0);

        var byCounty = published.Values.Where(s => s.CountyFips is not null).GroupBy(s => s.CountyFips!).ToDictionary(g => g.Key, g => g.Count());
        var subjects = working.Select(c => Subject(c.Members, c.Rubric, supportersOf)).ToList();
        var ranker = new Ranker(counties, byCounty, subjects);
        var linkPairs = links.Select(l => (l.SubmissionId, l.NearDuplicateOf!.Value)).ToList();
        var clusters = working.Select((c, i) => new BoardCluster(
                c.Members[0].Id.ToString("N")[..12], c.Terms, c.Name, c.Members,
                c.Members.Where(m => m.CountyFips is not null).GroupBy(m => m.CountyFips!).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ToList(),
                DuplicateGroups(c.Members, linkPairs), c.Rubric, subjects[i].Supporters, ranker.Score(subjects[i], weights)))
            .OrderByDescending(c => c.Score.Total).ThenByDescending(c => c.Members.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        return new Board(run, clusters, published.Keys.Count(id => !clustered.Contains(id)), applied, stale, weights, ranker);
    }

    /// <summary>The ranking inputs of a group of submissions (a cluster, or one use case).</summary>
    public static RankSubject Subject(IReadOnlyList<BoardMember> members, Rubric? rubric, IReadOnlyDictionary<Guid, HashSet<string>> supportersOf) =>
        new(members.Count,
            members.SelectMany(m => supportersOf.GetValueOrDefault(m.Id) ?? []).Distinct().Count(),
            members.Select(m => m.CountyFips).ToList(),
            members.Count(m => m.Priorities.Count > 0),
            members.SelectMany(m => m.Priorities).GroupBy(p => p).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} ({g.Count()})").ToList(),
            rubric);

    static IReadOnlyList<IReadOnlyList<Guid>> DuplicateGroups(IReadOnlyList<BoardMember> members, List<(Guid Id, Guid Of)> links)
    {
        var points = members.Select(m => new ClusterPoint(m.Id, "", [], null)).ToList();
        var inCluster = members.Select(m => m.Id).ToHashSet();
        var linkOf = links.Where(l => inCluster.Contains(l.Id) && inCluster.Contains(l.Of)).ToDictionary(l => l.Id, l => l.Of);
        points = points.Select(p => p with { DuplicateOf = linkOf.TryGetValue(p.Id, out var of) ? of : null }).ToList();
        return NearDuplicates.Groups(points, new int[points.Count])
            .Select(g => (IReadOnlyList<Guid>)g.Select(i => points[i].Id).ToList()).ToList();
    }

    /// <summary>Re-applies staff decisions in order; a decision whose clusters cannot be found any more is counted as stale.</summary>
    static (int Applied, int Stale) Apply(List<WorkingCluster> clusters, IReadOnlyList<TriageDecision> decisions, Func<Guid, BoardMember?> member)
    {
        int applied = 0, stale = 0;
        WorkingCluster? Find(string anchors)
        {
            var set = TriageDecision.Split(anchors).ToHashSet();
            return clusters.Select(c => (c, overlap: c.Members.Count(m => set.Contains(m.Id))))
                .Where(x => x.overlap > 0).OrderByDescending(x => x.overlap).Select(x => x.c).FirstOrDefault();
        }

        foreach (var decision in decisions)
        {
            var target = decision.Kind == DecisionKind.Split ? null : Find(decision.Anchors);
            var done = true;
            switch (decision.Kind)
            {
                case DecisionKind.Rename when target is not null:
                    target.Name = decision.Name;
                    break;
                case DecisionKind.Rubric when target is not null && decision is { Feasibility: { } f, DataAvailability: { } a, PrivacyRisk: { } p }:
                    target.Rubric = new Rubric(f, a, p);
                    break;
                case DecisionKind.Move when target is not null && decision.SubmissionId is { } moved:
                    var source = clusters.FirstOrDefault(c => c.Members.Any(m => m.Id == moved));
                    if (source == target) break;
                    // A submission published after the run is not in any cluster yet: staff may place it.
                    var item = source?.Members.First(m => m.Id == moved) ?? member(moved);
                    if (item is null) { done = false; break; }
                    source?.Members.Remove(item);
                    target.Members.Add(item);
                    break;
                case DecisionKind.Merge when target is not null && decision.OtherAnchors is { } other && Find(other) is { } second:
                    if (second == target) break;
                    target.Members.AddRange(second.Members);
                    target.Members.Sort((x, y) => y.Similarity.CompareTo(x.Similarity));
                    target.Terms = string.Join(" · ", target.Terms.Split(" · ").Take(2).Concat(second.Terms.Split(" · ").Take(2)).Distinct());
                    target.Name ??= second.Name;
                    target.Rubric ??= second.Rubric;
                    clusters.Remove(second);
                    break;
                case DecisionKind.Split:
                    var ids = TriageDecision.Split(decision.Anchors).ToHashSet();
                    var taken = new List<BoardMember>();
                    foreach (var cluster in clusters)
                    {
                        taken.AddRange(cluster.Members.Where(m => ids.Contains(m.Id)));
                        cluster.Members.RemoveAll(m => ids.Contains(m.Id));
                    }
                    if (taken.Count == 0) { done = false; break; }
                    clusters.Add(new WorkingCluster { Terms = ClusterLabels.Top([taken.Select(m => m.Title).ToList()], 3) is [var words] ? string.Join(" · ", words) : "", Name = decision.Name, Members = taken });
                    break;
                default:
                    done = false;
                    break;
            }
            if (done) applied++;
            else stale++;
        }
        return (applied, stale);
    }

    sealed class WorkingCluster
    {
        public string Terms { get; set; } = "";
        public string? Name { get; set; }
        public Rubric? Rubric { get; set; }
        public List<BoardMember> Members { get; init; } = [];
    }
}
