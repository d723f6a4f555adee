using System.Globalization;
using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>Sales document rules: numbering, customer fields on headers, line amounts and header totals.</summary>
public sealed class BcDocuments(RecordStore store, TimeProvider time)
{
    private const int SequenceStep = 10_000;

    /// <summary>A number from the set's series when the client sent none; a client-chosen one must be unused (BC's No. uniqueness).</summary>
    public async Task AssignNumberAsync(BcEntitySet set, JsonObject body, CancellationToken ct)
    {
        var id = body["id"]?.GetValue<string>() ?? "";
        if (BcJson.ReadString(body["number"]) is { Length: > 0 } number)
        {
            var holders = await store.FindByPropertyAsync(set.StoreSet, "number", number, ct);
            if (holders.Any(h => !string.Equals(h.Id.ToString(), id, StringComparison.OrdinalIgnoreCase)))
            {
                throw new BcException(StatusCodes.Status409Conflict, "Internal_EntityWithSameKeyExists",
                    $"The record in table {BcExpander.Singular(set.Name)} already exists. Identification fields and values: No.='{number}'");
            }

            return;
        }

        var key = $"bc:series:{set.Name}";
        var next = long.Parse(await store.GetMetaAsync(key, ct) ?? "1000", CultureInfo.InvariantCulture);
        string candidate;
        do
        {
            next++;
            candidate = FormattableString.Invariant($"{set.NumberPrefix}{next:D6}");
        }
        while ((await store.FindByPropertyAsync(set.StoreSet, "number", candidate, ct)).Count > 0);

        await store.SetMetaAsync(key, next.ToString(CultureInfo.InvariantCulture), ct);
        body["number"] = candidate;
    }

    public async Task PrepareHeaderAsync(BcEntitySet set, JsonObject header, JsonObject sent, CancellationToken ct)
    {
        var creating = ReferenceEquals(header, sent);
        if (creating || sent.ContainsKey("customerId") || sent.ContainsKey("customerNumber"))
        {
            var customer = await FindCustomerAsync(sent, ct);
            CheckNotBlocked(set, customer);
            header["customerId"] = customer.Id.ToString();
            header["customerNumber"] = customer.Body["number"]?.DeepClone();
            header["customerName"] = customer.Body["displayName"]?.DeepClone();
            if (creating && header["currencyCode"] is null && customer.Body["currencyCode"] is { } currency)
            {
                header["currencyCode"] = currency.DeepClone();
            }
        }

        if (!creating)
        {
            return;
        }

        var today = BcJson.Date(BcJson.Today(time));
        header["status"] = "Draft";
        header["documentDate"] ??= today;
        header["postingDate"] ??= today;
        header["externalDocumentNumber"] ??= "";
        header["discountAmount"] ??= 0m;
        switch (set.Name)
        {
            case "salesOrders":
                header["orderDate"] ??= today;
                header["fullyShipped"] ??= false;
                break;
            case "salesInvoices":
                header["invoiceDate"] ??= today;
                header["dueDate"] ??= today;
                break;
        }

        await AssignNumberAsync(set, header, ct);
    }

    /// <summary>Line amounts as BC computes them: quantity × unit price, less the line discount, plus tax at taxPercent (0 when not sent).</summary>
    public async Task PrepareLineAsync(BcEntitySet set, JsonObject line, CancellationToken ct)
    {
        if (BcJson.ReadGuid(line["documentId"]) is not { } documentId || await store.FindAsync(set.HeaderSet!, documentId, ct) is null)
        {
            throw BcException.NotFound();
        }

        if (line["sequence"] is null)
        {
            var siblings = await store.FindByPropertyAsync(set.StoreSet, "documentId", documentId.ToString(), ct);
            line["sequence"] = siblings.Select(s => (int)BcJson.ReadDecimal(s.Body["sequence"])).DefaultIfEmpty(0).Max() + SequenceStep;
        }

        line["lineType"] ??= "Item";
        if (BcJson.ReadGuid(line["itemId"]) is { } itemId && await store.FindAsync("items", itemId, ct) is { } item)
        {
            line["lineObjectNumber"] ??= item.Body["number"]?.DeepClone();
            line["description"] ??= item.Body["displayName"]?.DeepClone();
            line["unitPrice"] ??= item.Body["unitPrice"]?.DeepClone();
        }

        var quantity = BcJson.ReadDecimal(line["quantity"]);
        var gross = Math.Round(quantity * BcJson.ReadDecimal(line["unitPrice"]), 2);
        var discount = line["discountAmount"] is not null
            ? BcJson.ReadDecimal(line["discountAmount"])
            : Math.Round(gross * BcJson.ReadDecimal(line["discountPercent"]) / 100m, 2);
        var net = gross - discount;
        var tax = Math.Round(net * BcJson.ReadDecimal(line["taxPercent"]) / 100m, 2);
        line["quantity"] = quantity;
        line["discountAmount"] = discount;
        line["amountExcludingTax"] = net;
        line["totalTaxAmount"] = tax;
        line["amountIncludingTax"] = net + tax;
        line["netAmount"] = net;
        line["netTaxAmount"] = tax;
        line["netAmountIncludingTax"] = net + tax;
    }

    public async Task<StoredRecord> InsertLinesAsync(BcEntitySet set, StoredRecord header, JsonArray lines, BcWriter writer, bool trusted, CancellationToken ct)
    {
        var linesSet = BcEntitySets.Find(set.LinesSet!);
        try
        {
            foreach (var line in lines)
            {
                if (line is not JsonObject body)
                {
                    throw BcException.BadRequest($"Each item of '{set.LinesSet}' must be an object");
                }

                await writer.CreateLockedAsync(linesSet, body.DeepClone().AsObject(), header.Id, ct, trusted);
            }
        }
        catch (BcException)
        {
            // Deep insert is one operation for the client: a bad line leaves no half-made document behind.
            await DeleteLinesAsync(linesSet.Name, header.Id, ct);
            await store.DeleteAsync(set.StoreSet, header.Id, cancellationToken: ct);
            throw;
        }

        return await store.FindAsync(set.StoreSet, header.Id, ct) ?? header;
    }

    public async Task DeleteLinesAsync(string linesSet, Guid documentId, CancellationToken ct)
    {
        foreach (var line in await store.FindByPropertyAsync(linesSet, "documentId", documentId.ToString(), ct))
        {
            await store.DeleteAsync(linesSet, line.Id, cancellationToken: ct);
        }
    }

    /// <summary>Header totals from its lines; the header's version (and etag) moves as it does in BC when a line changes.</summary>
    public async Task<StoredRecord?> RecalculateAsync(BcEntitySet header, Guid documentId, CancellationToken ct)
    {
        if (await store.FindAsync(header.StoreSet, documentId, ct) is not { } existing)
        {
            return null;
        }

        var lines = await store.FindByPropertyAsync(header.LinesSet!, "documentId", documentId.ToString(), ct);
        var net = lines.Sum(l => BcJson.ReadDecimal(l.Body["amountExcludingTax"]));
        var tax = lines.Sum(l => BcJson.ReadDecimal(l.Body["totalTaxAmount"]));
        return await store.UpdateAsync(header.StoreSet, documentId, body =>
        {
            body["totalAmountExcludingTax"] = net;
            body["totalTaxAmount"] = tax;
            body["totalAmountIncludingTax"] = net + tax;
            if (header.Name == "salesInvoices" && BcJson.ReadString(body["status"]) == "Draft")
            {
                body["remainingAmount"] = net + tax;
            }

            return body;
        }, existing.Version, ct);
    }

    private async Task<StoredRecord> FindCustomerAsync(JsonObject sent, CancellationToken ct)
    {
        StoredRecord? customer = null;
        if (BcJson.ReadGuid(sent["customerId"]) is { } customerId)
        {
            customer = await store.FindAsync("customers", customerId, ct);
        }
        else if (BcJson.ReadString(sent["customerNumber"]) is { Length: > 0 } number)
        {
            customer = (await store.FindByPropertyAsync("customers", "number", number, ct)).FirstOrDefault();
        }
        else
        {
            throw new BcException(StatusCodes.Status400BadRequest, "Application_FieldValidationException", "You must specify a customer (customerId or customerNumber)");
        }

        var key = BcJson.ReadString(sent["customerNumber"]) ?? BcJson.ReadString(sent["customerId"]);
        return customer ?? throw new BcException(StatusCodes.Status400BadRequest, "Internal_RecordNotFound",
            $"The Customer does not exist. Identification fields and values: {key}");
    }

    /// <summary>Blocked "All" refuses every document; "Invoice" also refuses orders and invoices (BC's CheckBlockedCustOnDocs).</summary>
    public static void CheckNotBlocked(BcEntitySet set, StoredRecord customer)
    {
        var blocked = BcJson.ReadString(customer.Body["blocked"])?.Trim() ?? "";
        if (blocked == "All" || (blocked == "Invoice" && set.Name is "salesOrders" or "salesInvoices"))
        {
            throw BcException.Dialog(
                $"You cannot create this type of document when Customer {BcJson.ReadString(customer.Body["number"])} is blocked with type {blocked}");
        }
    }
}
