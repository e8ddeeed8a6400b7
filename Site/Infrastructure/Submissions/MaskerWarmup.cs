using CommunityVoice.Core.PersonalData;

namespace CommunityVoice.Site.Infrastructure.Submissions;

/// <summary>Builds the masker's rules (several seconds the first time) at start, not in a resident's request.</summary>
public sealed class MaskerWarmup(PersonalDataMasker masker) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        Task.Run(() => masker.Mask("Warm-up: my neighbor Rosa, claim no. 77-4419-2, call (505) 555-0142, 12 Main St, born 1/2/1980, maria@example.org."), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
