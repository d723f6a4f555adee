using MudBlazor;

namespace CrmErpPortal.Features.Conversions.Prices;

/// <summary>Opens "settle the prices" for a stuck quote; true when at least one price was accepted.</summary>
public static class PriceFixDialogs
{
    public static async Task<bool> OpenAsync(IDialogService dialogs, Guid quoteId, string? quoteNumber)
    {
        var parameters = new DialogParameters<PriceFixDialog> { { d => d.QuoteId, quoteId }, { d => d.QuoteNumber, quoteNumber } };
        var dialog = await dialogs.ShowAsync<PriceFixDialog>($"Settle the prices of {quoteNumber ?? "the quote"}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Large, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: true };
    }
}
