namespace CrmErpPortal.Integration;

public enum ConnectorAuth
{
    /// <summary>The sandbox emulators: no token, or the fixed token they are configured to demand.</summary>
    Sandbox,

    /// <summary>Entra ID client credentials through Microsoft.Identity.Web (needs AzureAd:ClientSecret or a certificate).</summary>
    EntraId,
}

/// <summary>The <c>Integration:Crm</c> section: where Dataverse is and how to call it.</summary>
public sealed class CrmOptions
{
    public const string Section = "Integration:Crm";

    /// <summary>The environment URL, e.g. https://contoso.crm6.dynamics.com/ (the sandbox: http://127.0.0.1:5081/crm/).</summary>
    public Uri BaseUrl { get; set; } = new("http://127.0.0.1:5081/crm/");

    public ConnectorAuth Auth { get; set; } = ConnectorAuth.Sandbox;

    /// <summary>The fixed bearer token in sandbox mode, when the emulator demands one.</summary>
    public string? SandboxToken { get; set; }

    /// <summary>Rows per page (Prefer: odata.maxpagesize); Dataverse's maximum is 5,000.</summary>
    public int PageSize { get; set; } = 5000;

    /// <summary>Requests in flight at once; Dataverse refuses past 52 per user.</summary>
    public int MaxConcurrency { get; set; } = 40;

    /// <summary>The key Dataverse's webhook (service endpoint, auth type WebhookKey) sends as ?code=.</summary>
    public string? WebhookKey { get; set; }

    /// <summary>
    /// The portal's public /webhooks/crm address. When set (with the key), the portal registers its webhook through the
    /// Web API at start-up; the sandbox accepts that directly, a real environment is registered with the Plug-in Registration Tool.
    /// </summary>
    public Uri? WebhookUrl { get; set; }

    public string Scope => new Uri(BaseUrl, "/.default").ToString();
}

/// <summary>The <c>Integration:Erp</c> section: where Business Central is and how to call it.</summary>
public sealed class ErpOptions
{
    public const string Section = "Integration:Erp";

    /// <summary>The environment's API root, e.g. https://api.businesscentral.dynamics.com/v2.0/{tenant}/Production/ (sandbox: http://127.0.0.1:5081/erp/v2.0/sandbox/production/).</summary>
    public Uri BaseUrl { get; set; } = new("http://127.0.0.1:5081/erp/v2.0/sandbox/production/");

    /// <summary>The company's name or display name; empty takes the first company.</summary>
    public string? Company { get; set; }

    public ConnectorAuth Auth { get; set; } = ConnectorAuth.Sandbox;

    public string? SandboxToken { get; set; }

    public string Scope { get; set; } = "https://api.businesscentral.dynamics.com/.default";

    public int PageSize { get; set; } = 1000;

    /// <summary>Business Central processes 5 requests per user at once and queues the rest.</summary>
    public int MaxConcurrency { get; set; } = 5;

    /// <summary>The portal's public /webhooks/erp address that Business Central calls; empty disables subscriptions.</summary>
    public Uri? NotificationUrl { get; set; }

    /// <summary>The shared secret Business Central echoes in every notification.</summary>
    public string? ClientState { get; set; }
}
