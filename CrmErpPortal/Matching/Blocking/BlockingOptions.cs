namespace CrmErpPortal.Matching.Blocking;

/// <summary>
/// A block larger than <see cref="MaxBlockSize"/> (a default birth date, a common name) is not paired all-with-all:
/// its records are sorted and each meets only its <see cref="Window"/> nearest neighbours (sorted neighbourhood),
/// which keeps cost linear whatever the data. A block larger than <see cref="PlaceholderBlockSize"/> is skipped: a
/// value thousands of records share (a switchboard number, "none@none") is a placeholder, not evidence of identity.
/// </summary>
public sealed record BlockingOptions(int MaxBlockSize = 60, int Window = 12, int PlaceholderBlockSize = 5_000);
