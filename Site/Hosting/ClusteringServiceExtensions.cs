using CommunityVoice.Core.Clustering;
using CommunityVoice.Core.Ranking;
using CommunityVoice.Core.Submissions;
using CommunityVoice.Site.Infrastructure.Clustering;
using Microsoft.Extensions.Options;

namespace CommunityVoice.Site.Hosting;

public static class ClusteringServiceExtensions
{
    public const string PrioritiesFile = "ranking/priorities.yml";

    public static void AddSiteClustering(this WebApplicationBuilder builder, SiteSettings settings)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(ClusteringOptions.Section).Get<ClusteringOptions>() ?? new();
        var errors = ClusteringOptions.Validate(options).ToList();
        var weights = builder.Configuration.GetSection("Ranking:Weights").Get<RankingWeights>() ?? new();
        if (weights.Problem() is { } problem) errors.Add("Ranking:Weights: " + problem);
        if (errors.Count > 0) throw new OptionsValidationException(ClusteringOptions.Section, typeof(ClusteringOptions), errors);

        services.AddSingleton(options);
        services.AddSingleton(weights);
        services.AddSingleton(_ =>
        {
            var path = Path.Combine(settings.ContentPath, PrioritiesFile);
            return File.Exists(path) ? Priorities.Parse(File.ReadAllText(path)) : new Priorities([]);
        });
        services.AddSingleton<ITextEmbedder>(_ => new MiniLmEmbedder(threadsPerCall: 1));
        services.AddSingleton<VectorStore>();
        // "Similar submissions" compare stored sentence vectors when there are any (word overlap otherwise).
        services.AddSingleton(sp => options.Featurizer == Featurizer.MiniLm
            ? ActivatorUtilities.CreateInstance<SimilarSubmissions>(sp, sp.GetRequiredService<VectorStore>(), sp.GetRequiredService<ITextEmbedder>())
            : ActivatorUtilities.CreateInstance<SimilarSubmissions>(sp));
        services.AddSingleton<RunClustering>();
        services.AddSingleton(new DuplicateThreshold(options.DuplicateThreshold));
        services.AddSingleton<LowPriorityScheduler>();
        services.AddSingleton(sp => new BackgroundCpu(sp.GetRequiredService<LowPriorityScheduler>()));
        services.AddScoped<EmbedSubmissions>();
        services.AddScoped<TriageBoard>();
        services.AddScoped<TriageActions>();
        services.AddSingleton<EmbeddingWorker>();
        if (options.Featurizer == Featurizer.MiniLm) services.AddHostedService(sp => sp.GetRequiredService<EmbeddingWorker>());
        services.AddHostedService<ClusteringWorker>();
    }
}
