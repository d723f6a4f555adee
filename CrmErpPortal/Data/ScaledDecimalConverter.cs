using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CrmErpPortal.Data;

// SQLite has no decimal type; a long of ten-thousandths keeps 4 places exact and lets SUM, ORDER BY and comparisons run in SQL.
// Only additive arithmetic is meaningful on the stored value: a product or quotient of two columns is off by the scale.
public sealed class ScaledDecimalConverter()
    : ValueConverter<decimal, long>(
        value => (long)decimal.Round(value * Scale, MidpointRounding.AwayFromZero),
        stored => stored / Scale)
{
    public const decimal Scale = 10_000m;
}
