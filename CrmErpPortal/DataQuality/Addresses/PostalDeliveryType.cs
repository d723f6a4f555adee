namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>Postal delivery types (NZAU.md §2.1, §2.2); a postal delivery line replaces the street line.</summary>
public enum PostalDeliveryType
{
    PoBox,
    GpoBox,
    LockedBag,
    PrivateBag,
    RoadsideMailBox,
    RoadsideDelivery,
    RoadsideMailService,
    CommunityMailBag,
    CommunityMailAgent,
    CommunityPostalAgent,
    MailService,
    CarePostOffice,
}
