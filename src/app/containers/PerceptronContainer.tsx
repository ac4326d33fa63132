/**
 * The perceptron lesson wired to the page: it follows the playground's truth table (AND
 * when the playground shows other data) and keeps its own choice otherwise.
 */
import { useEffect, useState } from 'react';
import { isTruthTable } from '../../core/datasets';
import { PerceptronPanel } from '../../panels/perceptron/PerceptronPanel';
import type { TableName } from '../../panels/perceptron/perceptronTrace';
import { selConfig } from '../../store/selectors';
import { useApp } from '../StoreContext';

export function PerceptronContainer() {
  const dataset = useApp(selConfig).dataset;
  const [table, setTable] = useState<TableName>(isTruthTable(dataset) ? (dataset as TableName) : 'and');
  useEffect(() => {
    if (isTruthTable(dataset)) setTable(dataset as TableName);
  }, [dataset]);
  return <PerceptronPanel key={table} table={table} onTable={setTable} />;
}
