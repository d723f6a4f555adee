namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>The tables this sandbox serves. Tables without a column list accept any column, which keeps the seed generator free.</summary>
public static class DataverseTables
{
    private static readonly DataverseLookup Customer = new("customerid", "account", "contact");

    public static readonly DataverseTable Accounts = new("accounts", "account", [new("parentaccountid", "account"), new("primarycontactid", "contact")])
    {
        Columns = DataverseColumns.Account,
        AlternateKey = "accountnumber",
    };

    public static readonly DataverseTable Contacts = new("contacts", "contact", [new("parentcustomerid", "account", "contact")])
    {
        Columns = DataverseColumns.Contact,
    };

    public static readonly IReadOnlyList<DataverseTable> All =
    [
        Accounts,
        Contacts,
        new("opportunities", "opportunity", [Customer, new("parentaccountid", "account"), new("parentcontactid", "contact")]),
        new("quotes", "quote", [Customer, new("opportunityid", "opportunity"), new("pricelevelid", "pricelevel")])
        {
            AutoNumber = ("quotenumber", "QUO"),
        },
        new("quotedetails", "quotedetail", [new("quoteid", "quote"), new("productid", "product"), new("uomid", "uom")]),
        new("salesorders", "salesorder", [Customer, new("quoteid", "quote"), new("opportunityid", "opportunity"), new("pricelevelid", "pricelevel")])
        {
            AutoNumber = ("ordernumber", "ORD"),
        },
        new("salesorderdetails", "salesorderdetail", [new("salesorderid", "salesorder"), new("productid", "product"), new("uomid", "uom")]),
        new("incidents", "incident", [Customer, new("primarycontactid", "contact")])
        {
            AutoNumber = ("ticketnumber", "CAS"),
        },
        new("products", "product", [new("defaultuomid", "uom"), new("pricelevelid", "pricelevel")]),
        new("serviceendpoints", "serviceendpoint", [])
        {
            WriteOnly = new HashSet<string> { "authvalue" },
        },
        new("sdkmessageprocessingsteps", "sdkmessageprocessingstep",
            [new("eventhandler", "plugintype", "serviceendpoint"), new("sdkmessageid", "sdkmessage"), new("sdkmessagefilterid", "sdkmessagefilter")]),
        new("asyncoperations", "asyncoperation", [new("regardingobjectid", "account", "contact")]),
    ];

    public static DataverseTable? Find(string entitySet) => All.FirstOrDefault(t => t.EntitySet == entitySet);

    public static DataverseTable? FindByLogicalName(string logicalName) => All.FirstOrDefault(t => t.LogicalName == logicalName);

    /// <summary>Entity set of a logical name, including tables the sandbox does not serve (pricelevel → pricelevels).</summary>
    public static string EntitySetOf(string logicalName) =>
        FindByLogicalName(logicalName)?.EntitySet ?? (logicalName.EndsWith('y') ? logicalName[..^1] + "ies" : logicalName + "s");

    public static string LogicalNameOf(string entitySet) =>
        Find(entitySet)?.LogicalName ?? (entitySet.EndsWith("ies") ? entitySet[..^3] + "y" : entitySet.TrimEnd('s'));
}
