using MudBlazor;

namespace CrmErpPortal.Features.Conversions.ErpCustomers;

/// <summary>Opens "link or create the ERP customer"; the fix requested, or null when cancelled.</summary>
public static class ErpCustomerFixDialogs
{
    public static async Task<ErpCustomerFix?> OpenAsync(IDialogService dialogs, Guid customerId, string customerName)
    {
        var parameters = new DialogParameters<ErpCustomerFixDialog> { { d => d.CustomerId, customerId }, { d => d.CustomerName, customerName } };
        var dialog = await dialogs.ShowAsync<ErpCustomerFixDialog>($"ERP customer for {customerName}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: ErpCustomerFix fix } ? fix : null;
    }
}
