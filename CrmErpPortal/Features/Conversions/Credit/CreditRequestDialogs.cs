using MudBlazor;

namespace CrmErpPortal.Features.Conversions.Credit;

/// <summary>Opens "ask credit control" for a customer (and a quote, for an override); the request's id, or null when cancelled.</summary>
public static class CreditRequestDialogs
{
    public static async Task<Guid?> OpenAsync(IDialogService dialogs, Guid customerId, string customerName, Guid? quoteId = null, string? quoteNumber = null,
        decimal? quoteAmount = null, string currencyCode = "NZD")
    {
        var parameters = new DialogParameters<CreditRequestDialog>
        {
            { d => d.CustomerId, customerId },
            { d => d.CustomerName, customerName },
            { d => d.QuoteId, quoteId },
            { d => d.QuoteNumber, quoteNumber },
            { d => d.QuoteAmount, quoteAmount },
            { d => d.CurrencyCode, currencyCode },
        };
        var dialog = await dialogs.ShowAsync<CreditRequestDialog>($"Ask credit control about {customerName}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: Guid id } ? id : null;
    }
}
