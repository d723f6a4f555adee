namespace CrmErpPortal.Matching;

public enum RecordKind
{
    Person,
    Organisation,
}
