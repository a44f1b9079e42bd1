/**
 * Sigma's circle program with a ring: the rim of every node is its own colour mixed towards a theme
 * colour (dark on the light map, light on the dark one), so even a pale yellow node has a visible
 * edge against the background and overlapping nodes stay apart.
 */
import { NodeCircleProgram, type NodeProgramType } from 'sigma/rendering';
import type { EdgeAttrs, NodeAttrs } from './graphSync';

const float = (n: number) => (Number.isInteger(n) ? `${n}.0` : String(n));

function fragmentShader(ring: readonly [number, number, number], scale: number): string {
  return /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
const vec3 ringTarget = vec3(${ring.map(float).join(', ')});

void main(void) {
  // One screen pixel is 2 * u_correctionRatio in these units.
  float pixel = u_correctionRatio * 2.0;
  float border = pixel;
  float dist = length(v_diffVector) - v_radius + border;

  #ifdef PICKING_MODE
  if (dist > border)
    gl_FragColor = transparent;
  else
    gl_FragColor = v_color;
  #else
  float ringWidth = max(pixel * ${float(1.3 * scale)}, v_radius * 0.1);
  float inner = length(v_diffVector) - (v_radius - ringWidth);
  float r = clamp(inner / pixel + 0.5, 0.0, 1.0);
  vec4 ringColor = vec4(mix(v_color.rgb, ringTarget, 0.45), v_color.a);
  vec4 color = mix(v_color, ringColor, r);

  float t = 0.0;
  if (dist > border)
    t = 1.0;
  else if (dist > 0.0)
    t = dist / border;

  gl_FragColor = mix(color, transparent, t);
  #endif
}
`;
}

/** A node program class whose ring mixes towards `ring` (RGB, 0–1); `scale` widens the minimum ring for exports. */
export function createRingNodeProgram(ring: readonly [number, number, number], scale = 1): NodeProgramType<NodeAttrs, EdgeAttrs> {
  const source = fragmentShader(ring, scale);
  return class RingNodeProgram extends NodeCircleProgram<NodeAttrs, EdgeAttrs> {
    override getDefinition() {
      return { ...super.getDefinition(), FRAGMENT_SHADER_SOURCE: source };
    }
  };
}
