package org.treatylab.sweep.spark;

import java.nio.file.Path;
import org.treatylab.sweep.job.Job;
import org.treatylab.sweep.job.JobReader;

/** Small jobs for tests, written inline. */
public final class Jobs {
    private Jobs() {
    }

    /** Parses a job's JSON (single quotes stand for double quotes, for readability). */
    public static Job parse(String json) {
        return JobReader.parse("test.json", json.replace('\'', '"'), Path.of("").toAbsolutePath());
    }

    /** A stability-uncertainty job on the 2011 forces with {@code draws} draws and the given ceilings. */
    public static Job stability(int draws, String ceilings, long seed) {
        return parse("{'name':'t','kind':'stability-uncertainty','seed':" + seed + ",'draws':" + draws + ","
                + "'model':{'type':'stability','posture_a':'us-russia-2011','party_a':'US','party_b':'RU'},"
                + "'grid':{'ceiling':[" + ceilings + "],'rule':['proportional','keep-ssbns']},"
                + "'vary':[{'name':'yield','parameter':'yield_kt','distribution':{'type':'catalogue','spread':"
                + "{'estimate':0.2}}},{'name':'rel','parameter':'reliability','shared':true,'distribution':"
                + "{'type':'uniform','low':0.7,'high':0.9}},{'name':'alert','parameter':'survivable_share','party':'RU',"
                + "'relative':true,'distribution':{'type':'triangular','low':0.5,'mode':1,'high':1.5}},"
                + "{'name':'load','parameter':'warheads_per_launcher','systems':['LGM-30G Minuteman III'],'relative':true,"
                + "'distribution':{'type':'uniform','low':0.9,'high':1.1}},{'name':'w','parameter':'enemy_weight',"
                + "'distribution':{'type':'normal','mean':0.3,'sd':0.05,'low':0.1,'high':0.5}}],"
                + "'summary':{'tables':[{'group_by':['ceiling','rule'],'percentiles':[5,50,95]},"
                + "{'group_by':['rule'],'outputs':['index'],'percentiles':[50],'frequencies':['warheads_a']}]}}");
    }

    /** The Ishigami check with N base samples. */
    public static Job ishigami(int samples, long seed) {
        String u = "'distribution':{'type':'uniform','low':-3.141592653589793,'high':3.141592653589793}";
        return parse("{'name':'ish','kind':'sensitivity','seed':" + seed + ",'samples':" + samples + ","
                + "'model':{'type':'function','name':'ishigami','a':7,'b':0.1},"
                + "'vary':[{'parameter':'x1'," + u + "},{'parameter':'x2'," + u + "},{'parameter':'x3'," + u + "}],"
                + "'summary':{'sobol':['y']}}");
    }
}
