using CrmErpPortal.Matching.Cli;

const string Usage = """
    crm-match dedupe <file.csv> --map col=Field,... [options]
    crm-match link <left.csv> <right.csv> --map col=Field,... [options]
    crm-match synth <count> <out.csv> [--seed N]
    options: --kind Person|Organisation (when no Kind column)  --truth febrl|column=NAME
             --params in.json (score with fixed parameters)  --save-params out.json  --evidence out.json
             --autolink 0.9 --review 0.2  --time-score-one N (probes against a live index)
             --u-samples N (most random pairs for u)  --show-missed true (true pairs blocking lost)
             --separator ';' (default ',')
    fields: Id Kind GivenName Surname OrganisationName StreetNumber Street AddressLine2 Locality Postcode State
            Country Phone Email BusinessNumber DateOfBirth OtherIdentifier
    """;

try
{
    var cli = new CliArguments(args);
    var command = cli.Positional.FirstOrDefault();
    switch (command)
    {
        case "synth" when cli.Positional.Count == 3:
            SyntheticRecords.Write(cli.Positional[2], int.Parse(cli.Positional[1]), (int)(cli.Number("seed") ?? 1));
            Console.WriteLine($"wrote {cli.Positional[1]} records to {cli.Positional[2]}");
            return 0;
        case "dedupe" when cli.Positional.Count == 2:
        case "link" when cli.Positional.Count == 3:
            return MatchCommand.Run(cli, link: command == "link");
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
catch (Exception e) when (e is ArgumentException or FormatException or IOException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
