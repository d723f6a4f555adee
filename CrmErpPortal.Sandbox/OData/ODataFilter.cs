using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Sandbox.OData;

public sealed class ODataSyntaxException(string message) : Exception(message);

/// <summary>
/// The $filter subset both emulated APIs accept: eq ne gt ge lt le, and or not, parentheses,
/// contains / startswith / endswith, and string, number, boolean, null, GUID and unquoted date-time literals.
/// Strings compare case-insensitively, as both services' SQL collations do.
/// </summary>
public static class ODataFilter
{
    public static Func<JsonObject, bool> Parse(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return _ => true;
        }

        var parser = new Parser(Tokenize(filter));
        var predicate = parser.ParseOr();
        parser.ExpectEnd();
        return predicate;
    }

    internal abstract record Token;
    internal sealed record Word(string Text) : Token;
    internal sealed record Literal(object? Value) : Token;
    internal sealed record Symbol(char Char) : Token;

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',')
            {
                tokens.Add(new Symbol(c));
                i++;
            }
            else if (c == '\'')
            {
                var value = new System.Text.StringBuilder();
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new ODataSyntaxException("Unterminated string literal in $filter.");
                    }

                    if (text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        value.Append('\'');
                        i += 2;
                    }
                    else if (text[i] == '\'')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        value.Append(text[i++]);
                    }
                }

                tokens.Add(new Literal(value.ToString()));
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or ','))
                {
                    i++;
                }

                tokens.Add(Classify(text[start..i]));
            }
        }

        return tokens;
    }

    private static Token Classify(string word)
    {
        if (word is "true" or "false")
        {
            return new Literal(word == "true");
        }

        if (word == "null")
        {
            return new Literal(null);
        }

        if (Guid.TryParseExact(word, "D", out var guid))
        {
            return new Literal(guid.ToString());
        }

        if ((char.IsDigit(word[0]) || word[0] == '-') && word.Contains('T')
            && DateTimeOffset.TryParse(word, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return new Literal(instant);
        }

        if ((char.IsDigit(word[0]) || word[0] == '-')
            && decimal.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new Literal(number);
        }

        return new Word(word);
    }

    private sealed class Parser(List<Token> tokens)
    {
        private int _position;

        public Func<JsonObject, bool> ParseOr()
        {
            var left = ParseAnd();
            while (IsWord("or"))
            {
                _position++;
                var right = ParseAnd();
                var l = left;
                left = row => l(row) || right(row);
            }

            return left;
        }

        public void ExpectEnd()
        {
            if (_position < tokens.Count)
            {
                throw new ODataSyntaxException($"Unexpected '{Describe(tokens[_position])}' in $filter.");
            }
        }

        private Func<JsonObject, bool> ParseAnd()
        {
            var left = ParseUnary();
            while (IsWord("and"))
            {
                _position++;
                var right = ParseUnary();
                var l = left;
                left = row => l(row) && right(row);
            }

            return left;
        }

        private Func<JsonObject, bool> ParseUnary()
        {
            if (IsWord("not"))
            {
                _position++;
                var inner = ParseUnary();
                return row => !inner(row);
            }

            if (Peek() is Symbol { Char: '(' })
            {
                _position++;
                var inner = ParseOr();
                Expect(')');
                return inner;
            }

            if (Peek() is Word word && Peek(1) is Symbol { Char: '(' })
            {
                return ParseFunction(word.Text);
            }

            return ParseComparison();
        }

        private Func<JsonObject, bool> ParseFunction(string name)
        {
            _position += 2;
            var property = ExpectWord();
            Expect(',');
            var argument = Next() as Literal ?? throw new ODataSyntaxException($"{name} needs a string literal.");
            Expect(')');
            var text = argument.Value as string ?? throw new ODataSyntaxException($"{name} needs a string literal.");
            Func<string, bool> test = name switch
            {
                "contains" => s => s.Contains(text, StringComparison.OrdinalIgnoreCase),
                "startswith" => s => s.StartsWith(text, StringComparison.OrdinalIgnoreCase),
                "endswith" => s => s.EndsWith(text, StringComparison.OrdinalIgnoreCase),
                _ => throw new ODataSyntaxException($"The function '{name}' is not supported."),
            };
            return row => row[property] is JsonValue v && v.TryGetValue<string>(out var s) && test(s);
        }

        private Func<JsonObject, bool> ParseComparison()
        {
            var property = ExpectWord();
            var op = ExpectWord();
            var literal = Next() as Literal ?? throw new ODataSyntaxException($"'{property} {op}' must be followed by a literal.");
            Func<int, bool> accept = op switch
            {
                "eq" => c => c == 0,
                "ne" => c => c != 0,
                "gt" => c => c > 0,
                "ge" => c => c >= 0,
                "lt" => c => c < 0,
                "le" => c => c <= 0,
                _ => throw new ODataSyntaxException($"The operator '{op}' is not supported."),
            };
            return row =>
            {
                var compared = Compare(row[property], literal.Value);
                return compared is { } c ? accept(c) : op == "ne";
            };
        }

        private Token? Peek(int ahead = 0) => _position + ahead < tokens.Count ? tokens[_position + ahead] : null;

        private Token Next() => _position < tokens.Count ? tokens[_position++] : throw new ODataSyntaxException("$filter ends too early.");

        private bool IsWord(string text) => Peek() is Word w && w.Text == text;

        private string ExpectWord() => Next() is Word w ? w.Text : throw new ODataSyntaxException("A property name was expected in $filter.");

        private void Expect(char symbol)
        {
            if (Next() is not Symbol s || s.Char != symbol)
            {
                throw new ODataSyntaxException($"'{symbol}' was expected in $filter.");
            }
        }

        private static string Describe(Token token) => token switch
        {
            Word w => w.Text,
            Symbol s => s.Char.ToString(),
            Literal l => l.Value?.ToString() ?? "null",
            _ => "?",
        };
    }

    /// <summary>Null when the two cannot be ordered (a null on one side, or different kinds).</summary>
    internal static int? Compare(JsonNode? node, object? literal)
    {
        if (node is null || node.GetValueKind() == JsonValueKind.Null)
        {
            return literal is null ? 0 : null;
        }

        if (literal is null)
        {
            return null;
        }

        var value = node.AsValue();
        switch (literal)
        {
            case decimal number when value.GetValueKind() == JsonValueKind.Number:
                return value.GetValue<decimal>().CompareTo(number);
            case bool flag when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                return value.GetValue<bool>().CompareTo(flag);
            case DateTimeOffset instant when value.TryGetValue<string>(out var text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stored):
                return stored.CompareTo(instant);
            case string s when value.TryGetValue<string>(out var text):
                return string.Compare(text, s, StringComparison.OrdinalIgnoreCase);
            case decimal number when value.TryGetValue<string>(out var text)
                && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                return parsed.CompareTo(number);
            default:
                return null;
        }
    }
}
