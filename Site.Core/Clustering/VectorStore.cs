using System.Collections.Concurrent;
using CommunityVoice.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityVoice.Core.Clustering;

/// <summary>
/// Every stored vector of the current model, in memory (about 1.5 KB each), loaded from the database once and
/// kept up to date by the embedding worker. Similar suggestions and the near-duplicate check read it, so neither
/// loads vectors from the database per request.
/// </summary>
public sealed class VectorStore(IServiceScopeFactory scopes, ITextEmbedder embedder)
{
    readonly ConcurrentDictionary<Guid, float[]> vectors = new();
    readonly SemaphoreSlim loading = new(1, 1);
    volatile bool loaded;

    public string Model => embedder.Name;

    /// <summary>Where the embedding worker goes on from: the creation time of the last submission it embedded.</summary>
    internal DateTimeOffset EmbedCursor { get; set; } = DateTimeOffset.MinValue;
    internal DateTimeOffset LastFullScan { get; set; } = DateTimeOffset.MinValue;
    public int Count => vectors.Count;

    public bool TryGet(Guid id, out float[] vector) => vectors.TryGetValue(id, out vector!);

    public void Set(Guid id, float[] vector) => vectors[id] = vector;

    /// <summary>Forgets a vector (its text changed); the embedding worker goes back to find it.</summary>
    public void Remove(Guid id)
    {
        vectors.TryRemove(id, out _);
        EmbedCursor = DateTimeOffset.MinValue;
    }

    /// <summary>A snapshot of all vectors, for a linear scan.</summary>
    public KeyValuePair<Guid, float[]>[] Snapshot() => vectors.ToArray();

    public async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (loaded) return;
        await loading.WaitAsync(cancellationToken);
        try
        {
            if (loaded) return;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CommunityVoiceDbContext>();
            var model = embedder.Name;
            await foreach (var row in db.Vectors.AsNoTracking().Where(v => v.Model == model).Select(v => new { v.SubmissionId, v.Vector })
                               .AsAsyncEnumerable().WithCancellation(cancellationToken))
                vectors.TryAdd(row.SubmissionId, VectorCodec.FromBytes(row.Vector));
            loaded = true;
        }
        finally
        {
            loading.Release();
        }
    }
}
