import { useId } from "react";
import { SelectField, TextField } from "../shell/form-field.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { isRespondentState, respondentStates, type BoardFilter } from "./board-filter.js";

/** State, kind and free text, applied as the person types or chooses (no submit button needed). */
export function BoardFilters({ filter, onChange, hasOffers }: { filter: BoardFilter; onChange(filter: BoardFilter): void; hasOffers: boolean }) {
  const { w } = useWorkspaceMessages();
  const legendId = useId();
  return (
    <div className="af-ws-filters" role="group" aria-labelledby={legendId}>
      <h3 id={legendId} className="af-ws-filters__legend">
        {w.filtersLegend}
      </h3>
      <div className="af-ws-filters__row">
        <SelectField
          id="filter-state"
          label={w.filterState}
          value={filter.state}
          onChange={(event) => onChange({ ...filter, state: isRespondentState(event.target.value) ? event.target.value : "all" })}
        >
          <option value="all">{w.filterAll}</option>
          {respondentStates.map((state) => (
            <option key={state} value={state}>
              {w.stateNames[state]}
            </option>
          ))}
        </SelectField>
        {hasOffers && (
          <SelectField
            id="filter-kind"
            label={w.filterKind}
            value={filter.kind}
            onChange={(event) => onChange({ ...filter, kind: event.target.value === "municipality" || event.target.value === "offer" ? event.target.value : "all" })}
          >
            <option value="all">{w.filterAll}</option>
            <option value="municipality">{w.kindNames.municipality}</option>
            <option value="offer">{w.kindNames.offer}</option>
          </SelectField>
        )}
        <TextField
          id="filter-search"
          label={w.filterSearch}
          hint={w.filterSearchHint}
          type="search"
          autoComplete="off"
          value={filter.search}
          onChange={(event) => onChange({ ...filter, search: event.target.value })}
        />
      </div>
    </div>
  );
}
