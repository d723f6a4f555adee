namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>Column lists for the tables whose unknown columns are refused (the commonly used subset of the real schema).</summary>
internal static class DataverseColumns
{
    private static readonly string[] Address =
    [
        .. Enumerable.Range(1, 2).SelectMany(n => new[]
        {
            "line1", "line2", "line3", "city", "stateorprovince", "postalcode", "country", "county", "composite", "name",
            "telephone1", "telephone2", "fax", "latitude", "longitude", "addresstypecode", "postofficebox", "shippingmethodcode",
        }.Select(part => $"address{n}_{part}")),
    ];

    private static readonly string[] Common =
    [
        "createdon", "modifiedon", "versionnumber", "statecode", "statuscode", "overriddencreatedon", "importsequencenumber",
        "_ownerid_value", "_owningbusinessunit_value", "_owninguser_value", "_owningteam_value", "_createdby_value", "_modifiedby_value",
        "_createdonbehalfby_value", "_modifiedonbehalfby_value", "_transactioncurrencyid_value", "exchangerate", "description",
        "emailaddress1", "emailaddress2", "emailaddress3", "telephone1", "telephone2", "telephone3", "fax", "websiteurl",
        "donotemail", "donotphone", "donotpostalmail", "donotbulkemail", "donotfax", "preferredcontactmethodcode",
        "creditlimit", "creditonhold", "paymenttermscode", "timezoneruleversionnumber", "utcconversiontimezonecode",
    ];

    public static readonly IReadOnlySet<string> Account = new HashSet<string>(
    [
        .. Common, .. Address, "accountid", "name", "accountnumber", "accountcategorycode", "accountclassificationcode",
        "accountratingcode", "businesstypecode", "customertypecode", "industrycode", "ownershipcode", "numberofemployees",
        "revenue", "marketcap", "sic", "tickersymbol", "stockexchange", "territorycode", "primarysatoriid", "primarytwitterid",
        "openrevenue", "opendeals", "lastusedincampaign", "_parentaccountid_value", "_primarycontactid_value", "_territoryid_value",
        "_defaultpricelevelid_value", "_originatingleadid_value", "_preferredsystemuserid_value",

        // The sandbox organisation's custom column (publisher prefix "new") for the ABN or NZBN, as a real NZ/AU org adds one.
        "new_businessnumber",
    ]);

    public static readonly IReadOnlySet<string> Contact = new HashSet<string>(
    [
        .. Common, .. Address, "contactid", "firstname", "lastname", "middlename", "fullname", "nickname", "salutation",
        "suffix", "jobtitle", "department", "mobilephone", "pager", "birthdate", "gendercode", "familystatuscode",
        "spousesname", "anniversary", "assistantname", "assistantphone", "managername", "managerphone", "governmentid",
        "employeeid", "customertypecode", "accountrolecode", "yomifirstname", "yomilastname", "yomifullname",
        "_parentcustomerid_value", "_accountid_value", "_parentcontactid_value", "_defaultpricelevelid_value",
        "_originatingleadid_value", "_preferredsystemuserid_value",
    ]);
}
