using System.Text.Json;

namespace CommunityVoice.Core.Ranking;

/// <summary>
/// How much each part of the score counts. The defaults come from configuration (<c>Ranking:Weights</c>);
/// staff may change them, and every change is kept with who, when and why (<see cref="RankingWeightChange"/>).
/// </summary>
public sealed record RankingWeights
{
    public const double Max = 10;

    public double Supporters { get; init; } = 3;
    public double Size { get; init; } = 2;
    public double Reach { get; init; } = 1;
    public double Equity { get; init; } = 2;
    public double Alignment { get; init; } = 1;
    public double Rubric { get; init; } = 2;

    public IEnumerable<(string Part, double Weight)> All() =>
    [
        (nameof(Supporters), Supporters), (nameof(Size), Size), (nameof(Reach), Reach),
        (nameof(Equity), Equity), (nameof(Alignment), Alignment), (nameof(Rubric), Rubric),
    ];

    /// <summary>Why these weights cannot be used, or null when they can.</summary>
    public string? Problem()
    {
        foreach (var (part, weight) in All())
            if (double.IsNaN(weight) || weight < 0 || weight > Max) return $"The weight of {part} must be between 0 and {Max:0}.";
        return All().Sum(w => w.Weight) <= 0 ? "At least one weight must be above 0." : null;
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static RankingWeights FromJson(string json) => JsonSerializer.Deserialize<RankingWeights>(json) ?? new();
}

/// <summary>A change of the ranking weights: the new weights, who made the change, when and why.</summary>
public sealed class RankingWeightChange
{
    public long Id { get; set; }
    public required string Weights { get; set; }
    public required string Reason { get; set; }
    public required string Actor { get; set; }
    public DateTimeOffset At { get; set; }
}
