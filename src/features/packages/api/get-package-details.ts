// getPackage — one package; the answer is the bare object, not wrapped.
import { useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { operationQuery } from "../../../api/operation-queries";
import { edfsOperations } from "../../../api/operations/edfs";

export const packageDetailsQuery = (client: HttpClient, uniqueName: string) =>
  operationQuery(client, edfsOperations.getPackage, { uniqueName }, { staleTime: 5 * 60_000 });

export function usePackageDetails(uniqueName: string | undefined) {
  const client = useApiClient();
  return useQuery({ ...packageDetailsQuery(client, uniqueName ?? ""), enabled: !!uniqueName });
}
