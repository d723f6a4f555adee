namespace CrmErpPortal.Matching.Cli;

/// <summary>Precision, recall and F1 from counts.</summary>
internal readonly record struct PairMetrics(long TruePositives, long Predicted, long Actual)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;
    public double Recall => Actual == 0 ? 0 : (double)TruePositives / Actual;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        $"TP {TruePositives:N0} of {Predicted:N0} predicted, {Actual:N0} true: precision {Precision:F4}  recall {Recall:F4}  F1 {F1:F4}";
}
