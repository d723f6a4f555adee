using System.Text.Json;
using CrmErpPortal.Integration.Http;

namespace CrmErpPortal.Integration.Dataverse;

/// <summary>Dataverse rows (Web API v9.2 JSON) to the portal's CRM records.</summary>
public static class DataverseMapping
{
    /// <summary>The publisher-prefixed custom column holding the ABN or NZBN.</summary>
    public const string BusinessNumberColumn = "new_businessnumber";

    public const string AccountColumns = "accountid,name,accountnumber," + BusinessNumberColumn
        + ",telephone1,emailaddress1,websiteurl,address1_line1,address1_line2,address1_city,address1_stateorprovince"
        + ",address1_postalcode,address1_country,statecode,modifiedon,versionnumber";

    public const string ContactColumns = "contactid,firstname,lastname,jobtitle,emailaddress1,telephone1,mobilephone,_parentcustomerid_value,statecode,modifiedon";

    public const string QuoteColumns = "quoteid,quotenumber,name,_customerid_value,statecode,currencycode,totalamount,effectiveto,modifiedon";

    public const string OpportunityColumns = "opportunityid,name,_customerid_value,estimatedvalue,estimatedclosedate,statecode,modifiedon";

    public const string CaseColumns = "incidentid,ticketnumber,title,_customerid_value,prioritycode,statecode,createdon,modifiedon";

    public static CrmAccount ToAccount(JsonElement row) => new(
        row.Id("accountid") ?? throw MissingKey("accountid"),
        row.Str("name") ?? string.Empty,
        row.Str("accountnumber"),
        row.Str(BusinessNumberColumn),
        row.Str("telephone1"),
        row.Str("emailaddress1"),
        row.Str("websiteurl"),
        new SourceAddress(
            row.Str("address1_line1"), row.Str("address1_line2"), row.Str("address1_city"),
            row.Str("address1_stateorprovince"), row.Str("address1_postalcode"), row.Str("address1_country")),
        row.Int("statecode") is null or 0,
        row.Str("@odata.etag") ?? string.Empty,
        row.Instant("modifiedon") ?? DateTimeOffset.MinValue);

    public static CrmContact ToContact(JsonElement row) => new(
        row.Id("contactid") ?? throw MissingKey("contactid"),
        AccountLookup(row, "_parentcustomerid_value"),
        row.Str("firstname"),
        row.Str("lastname"),
        row.Str("jobtitle"),
        row.Str("emailaddress1"),
        row.Str("telephone1"),
        row.Str("mobilephone"),
        row.Int("statecode") is null or 0,
        row.Instant("modifiedon") ?? DateTimeOffset.MinValue);

    public static CrmQuote ToQuote(JsonElement row) => new(
        row.Id("quoteid") ?? throw MissingKey("quoteid"),
        AccountLookup(row, "_customerid_value"),
        row.Str("quotenumber"),
        row.Str("name"),
        row.Int("statecode") ?? 0,
        row.Str("currencycode"),
        row.Dec("totalamount"),
        row.Date("effectiveto"),
        row.Instant("modifiedon") ?? DateTimeOffset.MinValue);

    public static CrmOpportunity ToOpportunity(JsonElement row) => new(
        row.Id("opportunityid") ?? throw MissingKey("opportunityid"),
        AccountLookup(row, "_customerid_value"),
        row.Str("name"),
        row.Dec("estimatedvalue"),
        row.Date("estimatedclosedate"),
        row.Int("statecode") ?? 0,
        row.Instant("modifiedon") ?? DateTimeOffset.MinValue);

    public static CrmCase ToCase(JsonElement row) => new(
        row.Id("incidentid") ?? throw MissingKey("incidentid"),
        AccountLookup(row, "_customerid_value"),
        row.Str("ticketnumber"),
        row.Str("title"),
        row.Int("prioritycode"),
        row.Int("statecode") ?? 0,
        row.Instant("createdon") ?? DateTimeOffset.MinValue,
        row.Instant("modifiedon") ?? DateTimeOffset.MinValue);

    /// <summary>
    /// A Customer lookup may point at an account or a contact; only accounts are customers in the hub.
    /// Without the lookuplogicalname annotation the id is passed on and the sync decides by what it knows.
    /// </summary>
    private static Guid? AccountLookup(JsonElement row, string column)
    {
        var kind = row.Str(column + "@Microsoft.Dynamics.CRM.lookuplogicalname");
        return kind is null or "account" ? row.Id(column) : null;
    }

    private static InvalidDataException MissingKey(string column) => new($"A Dataverse row came without its key column '{column}'.");
}
