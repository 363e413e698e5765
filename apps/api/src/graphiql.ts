/** Example operations GraphiQL opens with: the questions people come to Rolegraph with. */
export const GRAPHIQL_DEFAULT_QUERY = `# Rolegraph: Role Operating Systems as a graph.
# Who consumes the problem brief, and who is impacted when it changes?
query WhoConsumes {
  team(id: "dpos-data-team") {
    artifact(id: "problem-brief") {
      name
      consumers { role { name } cadence stage { name } }
      impactedRoles(depth: 3) { name }
    }
  }
}

# The essay's Role x Lifecycle matrix
query Matrix {
  team(id: "dpos-data-team") {
    matrix { role { name } stage { name } engagement }
  }
}

# Where context is hoarded, lost or never checked
query GapReport {
  team(id: "dpos-data-team") {
    gapReport(minSeverity: WARNING) {
      score
      findings { rule severity subjectKind subjectId message remediation }
    }
  }
}
`;
