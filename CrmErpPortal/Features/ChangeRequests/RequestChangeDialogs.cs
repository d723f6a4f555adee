using MudBlazor;

namespace CrmErpPortal.Features.ChangeRequests;

/// <summary>Opens "request a change" for one field of one customer; the saved request's id, or null when cancelled.</summary>
public static class RequestChangeDialogs
{
    public static async Task<Guid?> OpenAsync(IDialogService dialogs, Guid customerId, string countryCode, ChangeableField field, string? currentValue)
    {
        var parameters = new DialogParameters<RequestChangeDialog>
        {
            { d => d.CustomerId, customerId },
            { d => d.Field, field },
            { d => d.CurrentValue, currentValue },
            { d => d.CountryCode, countryCode },
        };
        var dialog = await dialogs.ShowAsync<RequestChangeDialog>($"Request a change to {field.Label.ToLowerInvariant()}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: Guid id } ? id : null;
    }
}
