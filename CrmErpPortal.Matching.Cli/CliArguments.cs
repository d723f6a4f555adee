namespace CrmErpPortal.Matching.Cli;

/// <summary>Positional arguments plus `--name value` options.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.OrdinalIgnoreCase);

    public CliArguments(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            }
            else
            {
                Positional.Add(args[i]);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public string? Option(string name) => options.GetValueOrDefault(name);

    public double? Number(string name) => Option(name) is { } value ? double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
