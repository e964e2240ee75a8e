import { describe, expect, it } from "vitest";
import { remoteEffect } from "../../rules/lib/local-commands.js";

describe("remoteEffect", () => {
  it("finds commands that reach machines or change live infrastructure", () => {
    for (const command of [
      "ssh ubuntu@10.0.0.5 'sudo systemctl restart app'",
      "scp build.tar.gz ubuntu@host:/opt/app",
      "ANSIBLE_HOST_KEY_CHECKING=False ansible-playbook -i hosts site.yml",
      "sleep 30; kubectl apply -f manifests/",
      "/usr/local/bin/kubectl --context prod delete pod x",
      "helm upgrade --install app ./chart",
      "aws --region eu-west-1 ec2 create-tags --resources i-1 --tags Key=a,Value=b",
      "aws autoscaling start-instance-refresh --auto-scaling-group-name web",
      "aws s3 cp build/site s3://bucket/site --recursive",
      "aws s3 rm s3://bucket/old --recursive",
      "gcloud compute instances add-metadata web --metadata a=b",
      "gcloud beta run deploy app --image x",
      "gcloud compute ssh web --command uptime",
      "az ssh vm -g rg -n vm",
      "az vm update -g rg -n vm --set tags.a=b",
      "az group delete --name rg --yes",
      "psql \"$DATABASE_URL\" -f schema.sql",
      "mysql -h db -u root < dump.sql",
      "curl -X POST https://api.example.com/restart",
      "curl --request=DELETE https://api.example.com/x",
      "aws --profile=p --region=r cognito-idp admin-create-user --user-pool-id x --username y",
      "az sig image-version list -g rg | xargs -I {} az sig image-version delete --ids {}",
      "az rest --method delete --url https://management.azure.com/x",
      "execute_with_backoff az network application-gateway address-pool create -g rg \\\n  --gateway-name gw -n pool",
      "retry 3 kubectl apply -f x.yaml",
      "terraform apply -auto-approve",
      "sudo env A=b kubectl patch deploy x -p '{}'",
      "echo done && $(kubectl scale deploy x --replicas=0)",
    ]) {
      expect(remoteEffect(command), command).toBeDefined();
    }
  });

  it("leaves commands that build, package, wait, read or write local files", () => {
    for (const command of [
      "packer build image.pkr.hcl",
      "zip -r lambda.zip src/",
      "sleep 60",
      "echo hello > out.txt",
      "terraform fmt -recursive",
      "aws eks update-kubeconfig --name main",
      "aws --region eu-west-1 eks update-kubeconfig --name main",
      "aws s3 cp s3://bucket/config.json ./config.json",
      "aws sts get-caller-identity",
      "aws ec2 describe-instances",
      "gcloud container clusters get-credentials main --region europe-west1",
      "gcloud config set project p",
      "az login --identity && az aks get-credentials -g rg -n aks",
      "kubectl get nodes",
      "az rest --method get --url https://management.azure.com/x",
      "STATUS=$(az rest --method GET --url x --query y -o tsv)",
      "echo kubectl apply -f x",
      "printf \"%s\" aws ec2 delete-vpc",
      "kubectl wait --for=condition=ready pod -l app=x",
      "helm repo add bitnami https://charts.bitnami.com/bitnami",
      "curl -sSf https://example.com/health",
      "ssh-keygen -t ed25519 -f key -N ''",
      "./scripts/post-create.sh",
      "python3 build.py",
      "# kubectl apply -f x",
    ]) {
      expect(remoteEffect(command), command).toBeUndefined();
    }
  });
});
