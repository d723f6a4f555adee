using System.Text.Json;

namespace CrmErpPortal.Matching.Scoring;

/// <summary>
/// A trained Fellegi–Sunter model: the probability that two records drawn at random are the same entity, and m / u
/// per comparison level. Saved as JSON so the app can ship parameters trained once on its own data.
/// </summary>
public sealed record ModelParameters(double MatchProbability, IReadOnlyList<ComparisonParameters> Comparisons)
{
    public string ToJson() => JsonSerializer.Serialize(this, MatchJson.Options);

    public static ModelParameters FromJson(string json) =>
        JsonSerializer.Deserialize<ModelParameters>(json, MatchJson.Options)
        ?? throw new JsonException("The model parameters are empty.");
}

public sealed record ComparisonParameters(string Name, IReadOnlyList<LevelParameters> Levels);

/// <summary>m = P(level | same entity), u = P(level | different entities), both among pairs where the level is not null.</summary>
public sealed record LevelParameters(string Name, double M, double U);
