using System.Globalization;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Sandbox.Seed;

/// <summary>
/// The ERP side of a party: the customer, its quotes, orders, posted and draft invoices and the payments against them.
/// The ledger is worked out first so the customer's balanceDue, credit limit and blocked state agree with its invoices.
/// </summary>
internal sealed partial class SeedGenerator
{
    private static readonly decimal[] CreditLimits = [2_000, 5_000, 10_000, 15_000, 20_000, 25_000, 50_000, 75_000, 100_000, 150_000, 250_000];
    private int _erpQuoteNumber;
    private int _orderNumber;
    private int _invoiceNumber;
    private int _draftInvoiceNumber;
    private int _paymentNumber;

    private sealed record Invoice(
        int Key, string Number, DateOnly Date, DateOnly Due, List<DealLine> Lines, string Status, decimal Remaining,
        List<(DateOnly Date, decimal Amount)> Payments, string ExternalDocumentNumber, string OrderNumber);

    private void AddErpCustomer(Party party, CrmSide crm, SeedBatch batch)
    {
        var random = SeedRandom.For(world.Seed, SeedStream.Erp, party.Index);
        var customerId = world.CustomerId(party.Index);
        var number = SeedWorld.CustomerNumber(party.Index);
        var taxPercent = party.Country == "NZ" ? 15m : 0m;
        var invoices = new List<Invoice>();
        var orders = new List<(int Key, string Number, DateOnly Date, string Status, bool FullyShipped, string External, List<DealLine> Lines)>();
        var quotes = new List<(int Key, string Number, DateOnly Date, DateOnly ValidUntil, string Status, string External, List<DealLine> Lines)>();

        foreach (var deal in crm.Deals)
        {
            var external = deal.Id.ToString("N");
            if (deal.State == 2 && deal.WonOn is { } won)
            {
                if (random.Chance(0.22))
                {
                    report.Count(Planted.WonQuotesWithoutErpDocument);
                }
                else if (won >= world.Today.AddDays(-45))
                {
                    orders.Add((orders.Count, NextOrderNumber(), Min(won.AddDays(random.Next(0, 4))), "Open", false, external, deal.Lines));
                    report.Count(Planted.WonQuotesWithErpOrder);
                }
                else
                {
                    // Long since shipped and invoiced: BC deleted the order, the posted invoice keeps its number and the quote id.
                    invoices.Add(NewInvoice(party, invoices.Count, won.AddDays(random.Next(3, 20)), deal.Lines, external, NextOrderNumber(), random));
                    report.Count(Planted.WonQuotesInvoicedInErp);
                }
            }
            else if (deal.State == 1 && random.Chance(0.25))
            {
                quotes.Add((quotes.Count, NextErpQuoteNumber(), deal.From, deal.To, "Sent", external, deal.Lines));
                report.Count(Planted.ActiveQuotesInErp);
            }
        }

        var invoiceCount = world.Scale.Thin ? random.Weighted([0.5, 0.35, 0.15]) : random.Weighted([0.15, 0.2, 0.2, 0.15, 0.1, 0.08, 0.06, 0.04, 0.02]);
        if (party.IsPerson)
        {
            invoiceCount = Math.Min(invoiceCount, 2);
        }

        for (var k = 0; k < invoiceCount; k++)
        {
            invoices.Add(NewInvoice(party, invoices.Count, world.Today.AddDays(-random.Next(0, 720)), RandomLines(party, random), "", "", random));
        }

        invoices.Sort((a, b) => a.Date.CompareTo(b.Date));
        for (var k = 0; k < invoices.Count; k++)
        {
            invoices[k] = invoices[k] with { Key = k, Number = $"PS-INV{103_001 + _invoiceNumber++}" };
        }

        if (random.Chance(0.03))
        {
            var draftLines = RandomLines(party, random);
            var draftDate = world.Today.AddDays(-random.Next(0, 10));
            invoices.Add(new Invoice(invoices.Count, $"S-INV{102_001 + _draftInvoiceNumber++}", draftDate, party.Terms.DueDate(draftDate), draftLines, "Draft",
                Gross(draftLines, taxPercent), [], "", ""));
        }

        var orderCount = world.Scale.Thin ? (random.Chance(0.15) ? 1 : 0) : random.Weighted([0.6, 0.25, 0.1, 0.05]);
        for (var k = 0; k < orderCount; k++)
        {
            var status = random.Weighted([0.2, 0.1, 0.7]) switch { 0 => "Draft", 1 => "In Review", _ => "Open" };
            orders.Add((orders.Count, NextOrderNumber(), world.Today.AddDays(-random.Next(0, 45)), status, status == "Open" && random.Chance(0.35),
                CustomerReference(random), RandomLines(party, random)));
        }

        if (random.Chance(world.Scale.Thin ? 0.03 : 0.1))
        {
            var date = world.Today.AddDays(-random.Next(0, 90));
            var status = random.Weighted([0.3, 0.4, 0.1, 0.2]) switch { 0 => "Draft", 1 => "Sent", 2 => "Accepted", _ => "Expired" };
            var validUntil = status == "Expired" ? world.Today.AddDays(-random.Next(1, 30)) : world.Today.AddDays(random.Next(1, 30));
            quotes.Add((quotes.Count, NextErpQuoteNumber(), Min(date), validUntil, status, CustomerReference(random), RandomLines(party, random)));
        }

        var balance = invoices.Where(i => i.Status == "Open").Sum(i => i.Remaining);
        var creditLimit = CreditLimit(party, balance, random);
        var blocked = Blocked(party, random);

        var address = party.Address;
        if (random.Chance(0.05))
        {
            address = address.WithPoBox(random);
            report.Count(Planted.ErpPoBoxAddresses);
        }

        var taxNumber = TaxRegistrationNumber(party, random);
        if (party.Kind != PartyKind.ErpOnly && string.IsNullOrEmpty(taxNumber) == crm.HasBusinessNumber)
        {
            report.Count(Planted.LinkedWithBusinessNumberOnOneSide);
        }

        var customerModified = Modified(random, party.CreatedOn);
        batch.Erp("customers", customerId, new JsonObject
        {
            ["id"] = customerId,
            ["number"] = number,
            ["displayName"] = party.LegalName,
            ["type"] = party.IsPerson ? "Person" : "Company",
            ["addressLine1"] = address.Line1(),
            ["addressLine2"] = address.PoBox is null ? address.Line2 ?? "" : "",
            ["city"] = address.City,
            ["state"] = address.State ?? "",
            ["country"] = party.Country,
            ["postalCode"] = address.Postcode,
            ["phoneNumber"] = party.Phone.Format(PhoneStyle.National),
            ["email"] = party.FreeMail ? party.Email : $"accounts@{party.Domain}",
            ["website"] = party.Website ?? "",
            ["salespersonCode"] = party.Salesperson.Code,
            ["balanceDue"] = balance,
            ["creditLimit"] = creditLimit,
            ["taxLiable"] = party.Country == "NZ",
            ["taxRegistrationNumber"] = taxNumber,
            ["currencyCode"] = party.CurrencyCode,
            ["paymentTermsId"] = party.Terms.Id,
            ["blocked"] = blocked,
        }, customerModified);

        foreach (var invoice in invoices)
        {
            AddInvoice(party, invoice, taxPercent, random, batch);
        }

        foreach (var order in orders)
        {
            var id = world.Id(SeedStream.SalesOrderId, party.Index, order.Key);
            var header = Header(party, id, order.Number, order.External, order.Lines, taxPercent);
            header["orderDate"] = Party.Day(order.Date);
            header["postingDate"] = Party.Day(order.Date);
            header["requestedDeliveryDate"] = Party.Day(order.Date.AddDays(random.Next(3, 21)));
            header["status"] = order.Status;
            header["fullyShipped"] = order.FullyShipped;
            header["partialShipping"] = random.Chance(0.5);
            var modified = AtDay(order.Date, random);
            batch.Erp("salesOrders", id, header, modified);
            AddLines("salesOrderLines", SeedStream.SalesOrderLineId, party, id, order.Key, order.Lines, taxPercent, modified, batch,
                (line, body) =>
                {
                    body["shippedQuantity"] = order.FullyShipped ? line.Quantity : 0;
                    body["invoicedQuantity"] = 0;
                });
        }

        foreach (var quote in quotes)
        {
            var id = world.Id(SeedStream.SalesQuoteId, party.Index, quote.Key);
            var header = Header(party, id, quote.Number, quote.External, quote.Lines, taxPercent);
            header["documentDate"] = Party.Day(quote.Date);
            header["postingDate"] = Party.Day(quote.Date);
            header["validUntilDate"] = Party.Day(quote.ValidUntil);
            header["status"] = quote.Status;
            var modified = AtDay(quote.Date, random);
            batch.Erp("salesQuotes", id, header, modified);
            AddLines("salesQuoteLines", SeedStream.SalesQuoteLineId, party, id, quote.Key, quote.Lines, taxPercent, modified, batch, null);
        }
    }

    private Invoice NewInvoice(Party party, int key, DateOnly date, List<DealLine> lines, string external, string orderNumber, SeedRandom random)
    {
        date = Min(date);
        var due = party.Terms.DueDate(date);
        var gross = Gross(lines, party.Country == "NZ" ? 15m : 0m);
        if (random.Chance(0.01))
        {
            return new Invoice(key, "", date, due, lines, "Canceled", 0, [], external, orderNumber);
        }

        var delay = party.Payer switch
        {
            PayerProfile.Good => random.Next(-12, 9),
            PayerProfile.Slow => random.Next(0, 51),
            _ => random.Chance(0.3) ? 100_000 : random.Next(15, 151),
        };
        var paidOn = due.AddDays(Math.Min(delay, 3_000));
        if (paidOn < date)
        {
            paidOn = date;
        }

        if (paidOn <= world.Today)
        {
            return new Invoice(key, "", date, due, lines, "Paid", 0, [(paidOn, gross)], external, orderNumber);
        }

        if (random.Chance(0.1) && date < world.Today)
        {
            var part = Math.Round(gross * (0.2m + random.Next(0, 50) / 100m), 2);
            var on = date.AddDays(random.Next(1, Math.Max(2, world.Today.DayNumber - date.DayNumber + 1)));
            return new Invoice(key, "", date, due, lines, "Open", gross - part, [(Min(on), part)], external, orderNumber);
        }

        return new Invoice(key, "", date, due, lines, "Open", gross, [], external, orderNumber);
    }

    private void AddInvoice(Party party, Invoice invoice, decimal taxPercent, SeedRandom random, SeedBatch batch)
    {
        var id = world.Id(SeedStream.SalesInvoiceId, party.Index, invoice.Key);
        var header = Header(party, id, invoice.Number, invoice.ExternalDocumentNumber, invoice.Lines, taxPercent);
        header["invoiceDate"] = Party.Day(invoice.Date);
        header["postingDate"] = Party.Day(invoice.Date);
        header["dueDate"] = Party.Day(invoice.Due);
        header["orderNumber"] = invoice.OrderNumber;
        header["status"] = invoice.Status;
        header["remainingAmount"] = invoice.Remaining;
        var lastTouched = invoice.Payments.Count > 0 ? invoice.Payments[^1].Date : invoice.Date;
        var modified = AtDay(lastTouched, random);
        batch.Erp("salesInvoices", id, header, modified);
        AddLines("salesInvoiceLines", SeedStream.SalesInvoiceLineId, party, id, invoice.Key, invoice.Lines, taxPercent, modified, batch, null);

        if (invoice.Status == "Open")
        {
            var overdue = world.Today.DayNumber - invoice.Due.DayNumber;
            report.Count(overdue switch
            {
                <= 0 => Planted.InvoicesCurrent,
                <= 30 => Planted.InvoicesOverdue1To30,
                <= 60 => Planted.InvoicesOverdue31To60,
                <= 90 => Planted.InvoicesOverdue61To90,
                _ => Planted.InvoicesOverdueOver90,
            });
        }

        for (var p = 0; p < invoice.Payments.Count; p++)
        {
            var (date, amount) = invoice.Payments[p];
            var paymentId = world.Id(SeedStream.CustomerPaymentId, party.Index, invoice.Key * 8L + p);
            batch.Erp("customerPayments", paymentId, new JsonObject
            {
                ["id"] = paymentId,
                ["customerId"] = world.CustomerId(party.Index),
                ["customerNumber"] = SeedWorld.CustomerNumber(party.Index),
                ["postingDate"] = Party.Day(date),
                ["documentNumber"] = $"PMT{100_001 + _paymentNumber++}",
                ["externalDocumentNumber"] = "",
                ["amount"] = amount,
                ["appliesToInvoiceId"] = id,
                ["appliesToInvoiceNumber"] = invoice.Number,
                ["description"] = random.Chance(0.5) ? $"Payment {invoice.Number}" : $"Direct credit {party.TradingName}",
                ["comment"] = "",
            }, AtDay(date, random));
        }
    }

    private JsonObject Header(Party party, Guid id, string number, string external, List<DealLine> lines, decimal taxPercent)
    {
        var net = lines.Sum(l => l.Amount);
        var gross = Gross(lines, taxPercent);
        return new JsonObject
        {
            ["id"] = id,
            ["number"] = number,
            ["externalDocumentNumber"] = external,
            ["customerId"] = world.CustomerId(party.Index),
            ["customerNumber"] = SeedWorld.CustomerNumber(party.Index),
            ["customerName"] = party.LegalName,
            ["currencyCode"] = party.CurrencyCode,
            ["paymentTermsId"] = party.Terms.Id,
            ["salesperson"] = party.Salesperson.Code,
            ["pricesIncludeTax"] = false,
            ["discountAmount"] = 0m,
            ["totalAmountExcludingTax"] = net,
            ["totalTaxAmount"] = gross - net,
            ["totalAmountIncludingTax"] = gross,
        };
    }

    private void AddLines(
        string entitySet, SeedStream stream, Party party, Guid documentId, int documentKey, List<DealLine> lines, decimal taxPercent,
        DateTimeOffset modified, SeedBatch batch, Action<DealLine, JsonObject>? extra)
    {
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            var id = world.Id(stream, party.Index, documentKey * 64L + n);
            var tax = Math.Round(line.Amount * taxPercent / 100m, 2, MidpointRounding.AwayFromZero);
            var body = new JsonObject
            {
                ["id"] = id,
                ["documentId"] = documentId,
                ["sequence"] = (n + 1) * 10_000,
                ["itemId"] = world.ItemId(line.Item),
                ["lineType"] = "Item",
                ["lineObjectNumber"] = line.Item.Number,
                ["description"] = line.Item.Name,
                ["unitOfMeasureCode"] = line.Item.UnitOfMeasure,
                ["quantity"] = line.Quantity,
                ["unitPrice"] = line.UnitPrice,
                ["discountAmount"] = 0m,
                ["amountExcludingTax"] = line.Amount,
                ["taxPercent"] = taxPercent,
                ["totalTaxAmount"] = tax,
                ["amountIncludingTax"] = line.Amount + tax,
            };
            extra?.Invoke(line, body);
            batch.Erp(entitySet, id, body, modified);
        }
    }

    private List<DealLine> RandomLines(Party party, SeedRandom random)
    {
        var lines = new List<DealLine>();
        var count = world.Scale.Thin ? random.Next(1, 4) : random.Next(1, 5);
        for (var n = 0; n < count; n++)
        {
            var item = world.Items[random.Next(world.Items.Count - Catalog.ServiceItems)];
            var quantity = item.UnitPrice < 30 ? random.Next(5, 200) : item.UnitPrice < 200 ? random.Next(1, 40) : random.Next(1, 6);
            lines.Add(new DealLine(item, quantity, item.UnitPrice));
        }

        if (random.Chance(0.3))
        {
            var freight = world.Items.First(i => i.Number == (party.Country == "NZ" ? "FREIGHT-NZ" : "FREIGHT-AU"));
            lines.Add(new DealLine(freight, 1, freight.UnitPrice));
        }

        return lines;
    }

    private decimal CreditLimit(Party party, decimal balance, SeedRandom random)
    {
        if (party.Terms.Code == "COD" || (party.IsPerson && random.Chance(0.5)))
        {
            return 0; // BC: 0 means no limit is checked.
        }

        var overLimitChance = party.Payer switch { PayerProfile.Bad => 0.35, PayerProfile.Slow => 0.15, _ => 0.04 };
        if (balance > 1_000 && random.Chance(overLimitChance))
        {
            report.Count(Planted.OverCreditLimit);
            return Math.Max(500, Math.Floor(balance * (0.5m + random.Next(0, 40) / 100m) / 500) * 500);
        }

        var floor = Math.Max(balance * 1.3m, 1_000);
        var fitting = CreditLimits.Where(l => l >= floor).ToArray();
        return fitting.Length == 0 ? Math.Ceiling(floor / 10_000) * 10_000 : fitting[Math.Min(fitting.Length - 1, random.Next(3))];
    }

    private string Blocked(Party party, SeedRandom random)
    {
        var blocked = party.Payer switch
        {
            PayerProfile.Bad when random.Chance(0.4) => random.Weighted([0.4, 0.2, 0.4]) switch { 0 => "Ship", 1 => "Invoice", _ => "All" },
            PayerProfile.Slow when random.Chance(0.05) => "Ship",
            _ when random.Chance(0.01) => party.Kind == PartyKind.ErpOnly ? "All" : "Invoice",
            _ => " ",
        };
        if (blocked != " ")
        {
            report.Count(blocked switch { "Ship" => Planted.BlockedShip, "Invoice" => Planted.BlockedInvoice, _ => Planted.BlockedAll });
        }

        return blocked;
    }

    private string TaxRegistrationNumber(Party party, SeedRandom random)
    {
        string? value;
        if (party.Country == "AU")
        {
            value = random.Chance(0.85) ? party.Abn : null;
        }
        else
        {
            value = random.Weighted([0.55, 0.30, 0.15]) switch { 0 => party.Nzbn, 1 => party.GstNumber, _ => null };
        }

        if (value is null)
        {
            return "";
        }

        if (random.Chance(0.01))
        {
            report.Count(Planted.InvalidBusinessNumbers);
            return BusinessNumbers.WithWrongCheckDigit(value);
        }

        return value.Length switch
        {
            11 when random.Chance(0.3) => BusinessNumbers.FormatAbn(value),
            8 or 9 when random.Chance(0.7) => BusinessNumbers.FormatIrd(value),
            _ => value,
        };
    }

    private static string CustomerReference(SeedRandom random) => random.Next(5) switch
    {
        0 => "",
        1 => $"PO {random.Next(1_000, 99_999)}",
        2 => $"45{random.Digits(8)}",
        3 => $"Job {random.Next(100, 9_999)}",
        _ => $"{random.Pick(["ORD", "PO", "REQ"])}-{random.Digits(6)}",
    };

    private static decimal Gross(List<DealLine> lines, decimal taxPercent) =>
        lines.Sum(l => l.Amount + Math.Round(l.Amount * taxPercent / 100m, 2, MidpointRounding.AwayFromZero));

    private DateOnly Min(DateOnly date) => date > world.Today ? world.Today : date;

    private DateTimeOffset AtDay(DateOnly date, SeedRandom random)
    {
        var at = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(random.Next(1_440));
        return at > world.Now ? world.Now : at;
    }

    private string NextOrderNumber() => $"S-ORD{101_001 + _orderNumber++}";

    private string NextErpQuoteNumber() => $"S-QUO{1_001 + _erpQuoteNumber++}";
}
