package org.fabrique.web.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;
import org.fabrique.evaluation.application.IndicatorService.NewIndicator;
import org.fabrique.evaluation.application.IndicatorView;

/**
 * What a page's form says of an indicator (indicator-fields.xhtml), to define one or to correct one: empty, or
 * filled from an indicator.
 */
public class IndicatorFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String unit;
    private BigDecimal baseline;
    private BigDecimal target;
    private String source;

    /** The fields filled with what was defined of the indicator. */
    static IndicatorFields of(IndicatorView indicator) {
        IndicatorFields fields = new IndicatorFields();
        fields.name = indicator.name();
        fields.unit = indicator.unit();
        fields.baseline = indicator.baseline();
        fields.target = indicator.target();
        fields.source = indicator.source();
        return fields;
    }

    NewIndicator toNew() {
        return new NewIndicator(name, unit, baseline, target, source);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public BigDecimal getBaseline() { return baseline; }
    public void setBaseline(BigDecimal baseline) { this.baseline = baseline; }
    public BigDecimal getTarget() { return target; }
    public void setTarget(BigDecimal target) { this.target = target; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
