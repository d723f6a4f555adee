namespace CrmErpPortal.Data.Entities;

public interface IVersioned
{
    long Version { get; set; }
}
