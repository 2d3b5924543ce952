# Merge a structure realm file (k8s/keycloak/realms/<realm>.json) with its dev layer (k8s/keycloak/dev/<realm>.json).
# Usage: jq -n --slurpfile s realms/sichuan.json --slurpfile d dev/sichuan.json -f merge.jq
#
# Rules, applied recursively, dev on top of structure:
#   objects          merge key by key;
#   arrays           of objects merge by identity (clientId, username, alias, name): a dev entry with the identity
#                    of a structure entry merges into it, any other entry is appended; arrays of scalars are unioned;
#   "config" objects (component config, whose values are one-element arrays) merge shallowly: dev values replace;
#   scalars          dev wins (e.g. a longer accessTokenLifespan);
#   type mismatch    is an error, so no edit is ever dropped silently.

def identity:
  if type != "object" then null
  else (.clientId // .username // .alias // .name) end;

def merge($a; $b; $path):
  ($a | type) as $ta | ($b | type) as $tb
  | if $ta == "null" then $b
    elif $tb == "null" then $a
    elif $ta != $tb then
      error("merge: \($path) is \($ta) in the structure file but \($tb) in the dev file")
    elif $ta == "object" and ($path | endswith(".config")) then $a + $b
    elif $ta == "object" then
      reduce ($b | keys_unsorted[]) as $k ($a; .[$k] = merge(.[$k]; $b[$k]; "\($path).\($k)"))
    elif $ta == "array" then
      reduce $b[] as $e ($a;
        ($e | identity) as $id
        | if $id != null and any(.[]; identity == $id) then
            map(if identity == $id then merge(.; $e; "\($path)[\($id)]") else . end)
          elif $id == null and ($e | type) != "object" and any(.[]; . == $e) then .
          else . + [$e] end)
    else $b end;

if ($s | length) != 1 or ($d | length) != 1 then error("merge: each input file must hold exactly one JSON object")
elif $s[0].realm != $d[0].realm then
  error("merge: the structure file is realm \($s[0].realm | tojson) but the dev file is realm \($d[0].realm | tojson)")
else merge($s[0]; $d[0]; "") end
