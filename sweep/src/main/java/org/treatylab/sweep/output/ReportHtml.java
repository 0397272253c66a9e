package org.treatylab.sweep.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.treatylab.sweep.summary.Summary;

/**
 * report.html: one file that opens offline, with ECharts inlined from the webjar, the summary's bands drawn as a
 * median line inside its outer percentiles, frequencies as bars and Sobol indices as bars, each chart above the
 * numbers it draws, and the drawn inputs with their sources and rationales.
 */
public final class ReportHtml {
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile String echarts;

    private ReportHtml() {
    }

    public static String render(Summary summary, Map<String, Object> run) {
        Map<String, Object> data = new LinkedHashMap<>(SummaryJson.map(summary));
        data.put("run", run);
        String json;
        try {
            json = JSON.writeValueAsString(data).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Sweep "
                + escape(summary.job()) + "</title>\n<style>" + CSS + "</style>\n<script>" + echarts()
                + "</script>\n</head><body>\n<h1>Sweep <code>" + escape(summary.job()) + "</code> ("
                + escape(summary.kind()) + ")</h1>\n<div id=\"report\"></div>\n<script>const SWEEP = " + json
                + ";\n" + SCRIPT + "</script>\n</body></html>\n";
    }

    private static String echarts() {
        String e = echarts;
        if (e == null) {
            try (InputStream in = ReportHtml.class.getResourceAsStream(ECHARTS)) {
                if (in == null) {
                    throw new IllegalStateException("the ECharts webjar is not on the class path (" + ECHARTS + ")");
                }
                e = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            echarts = e;
        }
        return e;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String CSS = "body{font-family:system-ui,sans-serif;margin:1.5em;max-width:1100px;color:#222}"
            + "table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.85em}"
            + "td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}th{background:#f3f3f3}"
            + "td.t,th.t{text-align:left}.chart{width:100%;height:340px}.note{color:#555;font-size:.9em}";

    private static final String SCRIPT = String.join("\n",
            "(function(){",
            "const root=document.getElementById('report');",
            "const S=SWEEP;",
            "function el(tag,html,cls){const e=document.createElement(tag);if(html!==undefined)e.innerHTML=html;"
                    + "if(cls)e.className=cls;root.appendChild(e);return e;}",
            "function esc(s){return String(s).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;');}",
            "function fmt(x){if(x===null||x===undefined)return '';if(typeof x!=='number')return esc(x);"
                    + "return Math.abs(x)>=1000?x.toFixed(0):x.toPrecision(4);}",
            "function side(o){const p=S.parties||[];return o.replace(/_a$/,p[0]?' '+p[0]:'_a')"
                    + ".replace(/_b$/,p[1]?' '+p[1]:'_b');}",
            "function chart(option){const d=el('div',undefined,'chart');echarts.init(d).setOption(option);}",
            "el('p',esc(S.evaluations)+' evaluations, seed '+esc(S.seed)+(S.parties.length?', sides A = '"
                    + "+esc(S.parties[0])+', B = '+esc(S.parties[1]):'')+'; engine '+esc(S.run.engine)+'.','note');",
            "S.tables.forEach(function(t,ti){",
            "  const ps=t.percentiles.map(function(p){return 'p'+(Number.isInteger(p)?p:p);});",
            "  const lo=ps[0],hi=ps[ps.length-1],mid=ps.length>2?ps[Math.floor(ps.length/2)]:null;",
            "  const xdim=t.group_by[0];",
            "  const series={};",
            "  t.groups.forEach(function(g){const rest=t.group_by.slice(1).map(function(k){return g.key[k];})"
                    + ".join(' / ')||'all';(series[rest]=series[rest]||[]).push(g);});",
            "  const outs=t.groups.length?Object.keys(t.groups[0].outputs):[];",
            "  outs.forEach(function(o){",
            "    el('h2','Table '+(ti+1)+': '+esc(side(o))+(xdim?' by '+esc(xdim):''));",
            "    if(xdim&&t.groups.length>1){",
            "      const xs=[];t.groups.forEach(function(g){if(xs.indexOf(String(g.key[xdim]))<0)"
                    + "xs.push(String(g.key[xdim]));});",
            "      const ser=[];",
            "      Object.keys(series).forEach(function(name){",
            "        const gs=series[name];",
            "        function v(g,p){return g.outputs[o].percentiles[p];}",
            "        const low=xs.map(function(x){const g=gs.find(function(g){return String(g.key[xdim])===x;});"
                    + "return g?v(g,lo):null;});",
            "        const span=xs.map(function(x){const g=gs.find(function(g){return String(g.key[xdim])===x;});"
                    + "return g&&v(g,hi)!==null?v(g,hi)-v(g,lo):null;});",
            "        ser.push({name:name+' '+lo,type:'line',stack:'band'+name,data:low,lineStyle:{opacity:0},"
                    + "symbol:'none'});",
            "        ser.push({name:name+' '+lo+'-'+hi,type:'line',stack:'band'+name,data:span,lineStyle:{opacity:0},"
                    + "symbol:'none',areaStyle:{opacity:0.25}});",
            "        if(mid)ser.push({name:name+' '+mid,type:'line',data:xs.map(function(x){const g=gs.find("
                    + "function(g){return String(g.key[xdim])===x;});return g?v(g,mid):null;})});",
            "      });",
            "      chart({tooltip:{trigger:'axis'},legend:{type:'scroll'},xAxis:{type:'category',name:xdim,data:xs},"
                    + "yAxis:{type:'value',name:side(o)},series:ser});",
            "    }",
            "    let h='<tr>'+t.group_by.map(function(k){return '<th class=t>'+esc(k)+'</th>';}).join('')"
                    + "+'<th>n</th><th>mean</th><th>sd</th><th>min</th>'+ps.map(function(p){return '<th>'+p+'</th>';})"
                    + ".join('')+'<th>max</th></tr>';",
            "    t.groups.forEach(function(g){const b=g.outputs[o];h+='<tr>'+t.group_by.map(function(k){"
                    + "return '<td class=t>'+esc(g.key[k])+'</td>';}).join('')+'<td>'+b.count+'</td><td>'+fmt(b.mean)"
                    + "+'</td><td>'+fmt(b.sd)+'</td><td>'+fmt(b.min)+'</td>'+ps.map(function(p){return '<td>'"
                    + "+fmt(b.percentiles[p])+'</td>';}).join('')+'<td>'+fmt(b.max)+'</td></tr>';});",
            "    el('table',h);",
            "  });",
            "  t.groups.forEach(function(g){if(!g.frequencies)return;Object.keys(g.frequencies).forEach(function(c){",
            "    const f=g.frequencies[c];const label=t.group_by.map(function(k){return k+' '+g.key[k];}).join(', ');",
            "    el('h2','How often each '+esc(side(c))+(label?' ('+esc(label)+')':''));",
            "    chart({tooltip:{},xAxis:{type:'category',name:c,data:f.map(function(x){return x.value===null?"
                    + "'none':String(x.value);})},yAxis:{type:'value',name:'evaluations'},series:[{type:'bar',"
                    + "data:f.map(function(x){return x.count;})}]});",
            "  });});",
            "});",
            "S.sensitivity.forEach(function(s){",
            "  const key=Object.keys(s.key||{}).length?' at '+JSON.stringify(s.key):'';",
            "  el('h2','Sobol indices of '+esc(side(s.output))+esc(key));",
            "  el('p','N = '+s.samples+' base samples ('+s.dropped+' dropped); variance '+fmt(s.variance)+', mean '"
                    + "+fmt(s.mean)+'. First order: the share of the variance due to the input alone; total: with all"
                    + " its interactions. &plusmn; is an approximate 95% interval.','note');",
            "  chart({tooltip:{trigger:'axis'},legend:{},xAxis:{type:'category',data:s.indices.map(function(i){"
                    + "return i.input;}),axisLabel:{rotate:30}},yAxis:{type:'value',min:0},series:[{name:'first order',"
                    + "type:'bar',data:s.indices.map(function(i){return i.first_order;})},{name:'total',type:'bar',"
                    + "data:s.indices.map(function(i){return i.total;})}]});",
            "  let h='<tr><th class=t>input</th><th>first order</th><th>&plusmn;</th><th>total</th><th>&plusmn;</th></tr>';",
            "  s.indices.forEach(function(i){h+='<tr><td class=t>'+esc(i.input)+'</td><td>'+fmt(i.first_order)+"
                    + "'</td><td>'+fmt(i.first_order_ci95)+'</td><td>'+fmt(i.total)+'</td><td>'+fmt(i.total_ci95)"
                    + "+'</td></tr>';});",
            "  el('table',h);",
            "});",
            "if(S.inputs.length){el('h2','Drawn inputs');let h='<tr><th class=t>column</th><th class=t>what</th>"
                    + "<th class=t>distribution</th><th>low</th><th>high</th><th class=t>source</th>"
                    + "<th class=t>rationale</th></tr>';",
            "  S.inputs.forEach(function(i){h+='<tr><td class=t>'+esc(i.column)+'</td><td class=t>'+esc(i.label)"
                    + "+'</td><td class=t>'+esc(i.distribution)+'</td><td>'+fmt(i.low)+'</td><td>'+fmt(i.high)"
                    + "+'</td><td class=t>'+esc(i.source)+'</td><td class=t>'+esc(i.rationale)+'</td></tr>';});",
            "  el('table',h);}",
            "})();");
}
